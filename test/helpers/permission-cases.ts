import type { TestApp } from './app.ts';
import { TEST_PASSWORD, joinYear, makeCall, makeState, makeUser, makeYear, pair } from './factories.ts';
import { engagementRouteCases } from './permission-cases-engagement.ts';
import { assessmentRouteCases } from './permission-cases-assessment.ts';
import { setupRouteCases } from './permission-cases-setup.ts';
import { calendarRouteCases } from './permission-cases-calendar.ts';
import { rolloverRouteCases } from './permission-cases-rollover.ts';
import { agendaRouteCases, playbookRouteCases, suggestionRouteCases } from './permission-cases-playbook.ts';

/**
 * How to call each route for the permission matrix (test/api/permissions.test.ts): which part of the
 * brief's table governs it, and a builder that makes a fresh target record in the caller's state ('in'),
 * in a state outside it ('out'), or for records that belong to no state ('none').
 */
export type Scope = 'in' | 'out' | 'none';
export type MatrixRole = 'anonymous' | 'staff' | 'coach' | 'state_lead' | 'state_member';
type User = { id: string; email: string };

export interface Fixtures {
  t: TestApp;
  yearId: string;
  /** The state the coach, lead and member belong to; `outState` is nobody's but staff's. */
  inState: string;
  outState: string;
  users: Record<Exclude<MatrixRole, 'anonymous'>, User>;
  otherCoach: User;
  stateOf(scope: Scope): string;
}

export interface BuiltRequest {
  url: string;
  /** A write to a versioned record carries the version it was made from (else 428), so that what is tried is the role. */
  body?: unknown;
  /** Use a session of its own (signing out must not end the one the other cases share). */
  freshSession?: boolean;
}

export interface RouteCase {
  area: 'setup' | 'engagement' | 'assessment' | 'plan' | 'progress' | 'global' | 'staff_only' | 'signed_in' | 'public';
  action: 'read' | 'write' | 'comment' | 'own_milestone';
  scopes: Scope[];
  list?: boolean;
  build(f: Fixtures, scope: Scope, role: MatrixRole): Promise<BuiltRequest>;
}

export async function setUpFixtures(t: TestApp): Promise<Fixtures> {
  const year = await makeYear(t.db);
  for (const code of ['AR', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, year.id, code);
  }
  const users = {
    staff: await makeUser(t.db, 'staff'),
    coach: await makeUser(t.db, 'coach'),
    state_lead: await makeUser(t.db, 'state_lead', 'AR'),
    state_member: await makeUser(t.db, 'state_member', 'AR'),
  };
  const otherCoach = await makeUser(t.db, 'coach');
  await pair(t.db, year.id, 'AR', users.coach.id);
  await pair(t.db, year.id, 'IA', otherCoach.id);
  return { t, yearId: year.id, inState: 'AR', outState: 'IA', users, otherCoach, stateOf: (scope) => (scope === 'out' ? 'IA' : 'AR') };
}

const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];

const callBody = (f: Fixtures, scope: Scope) => ({
  programYearId: f.yearId,
  stateCode: f.stateOf(scope),
  kind: 'planning',
  status: 'scheduled',
  date: '2026-12-03',
});

export const routeCases: Record<string, RouteCase> = {
  // Signing in needs no token; signing out ends only the caller's own (fresh) session.
  'POST /api/auth/login': {
    area: 'public',
    action: 'write',
    scopes: none,
    build: async (f) => ({ url: '/api/auth/login', body: { email: f.users.staff.email, password: TEST_PASSWORD } }),
  },
  // Refreshing needs no access token either: the refresh token (here a fresh one per case) is the credential.
  'POST /api/auth/refresh': {
    area: 'public',
    action: 'write',
    scopes: none,
    build: async (f) => {
      const signIn = await f.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: f.users.staff.email, password: TEST_PASSWORD } });
      return { url: '/api/auth/refresh', body: { refreshToken: signIn.json().refreshToken } };
    },
  },
  'POST /api/auth/logout': { area: 'signed_in', action: 'write', scopes: none, build: async () => ({ url: '/api/auth/logout', freshSession: true }) },
  'GET /api/auth/me': { area: 'signed_in', action: 'read', scopes: none, build: async () => ({ url: '/api/auth/me' }) },
  // What the sign-in page offers (the demo accounts panel): asked before anyone has signed in.
  'GET /api/auth/options': { area: 'public', action: 'read', scopes: none, build: async () => ({ url: '/api/auth/options' }) },

  'GET /api/calls': { area: 'engagement', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/calls' }) },
  'POST /api/calls': { area: 'engagement', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: '/api/calls', body: callBody(f, s) }) },
  'GET /api/calls/{id}': {
    area: 'engagement',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/calls/${(await makeCall(f.t.db, f.yearId, f.stateOf(s))).id}` }),
  },
  'PATCH /api/calls/{id}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const call = await makeCall(f.t.db, f.yearId, f.stateOf(s));
      return { url: `/api/calls/${call.id}`, body: { agenda: 'Revised agenda', version: call.version } };
    },
  },
  'DELETE /api/calls/{id}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/calls/${(await makeCall(f.t.db, f.yearId, f.stateOf(s))).id}` }),
  },

  'GET /api/progress': { area: 'progress', action: 'read', scopes: none, list: true, build: async (f) => ({ url: `/api/progress?programYear=${f.yearId}` }) },
  'GET /api/audit': { area: 'staff_only', action: 'read', scopes: none, build: async () => ({ url: '/api/audit' }) },
  // Reports read like the progress view: a state report is per state; the cross-state one lists only the caller's states.
  'GET /api/reports/states/{code}': {
    area: 'progress',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/reports/states/${f.stateOf(s)}?programYear=${f.yearId}` }),
  },
  'GET /api/reports/program-years/{id}': { area: 'progress', action: 'read', scopes: none, list: true, build: async (f) => ({ url: `/api/reports/program-years/${f.yearId}` }) },
  // Every role may search; the hits stay inside the role's states (the matrix checks the list for leaks).
  'GET /api/search': {
    area: 'engagement',
    action: 'read',
    scopes: none,
    list: true,
    build: async (f) => {
      for (const s of stateScopes) await makeCall(f.t.db, f.yearId, f.stateOf(s), { notes: 'Apprenticeship data sharing' });
      return { url: '/api/search?q=apprenticeship' };
    },
  },
  ...engagementRouteCases,
  ...assessmentRouteCases,
  ...setupRouteCases,
  ...calendarRouteCases,
  ...playbookRouteCases,
  ...rolloverRouteCases,
  ...suggestionRouteCases,
  ...agendaRouteCases,
};

export function caseFor(route: string): RouteCase | undefined {
  return routeCases[route];
}
