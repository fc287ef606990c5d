import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { states, timelineActivities, users } from '../../db/schema/index.ts';
import { makeState, makeUser, pair } from './factories.ts';
import { makeBareYear, makeParticipation, makeTeamMember } from './factories-setup.ts';
import type { Fixtures, MatrixRole, RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for the setup resources: program years and their timeline, states,
 * participations, users, pairings and team members. Every build makes records of its own (mostly in a
 * year of their own), so one role's successful write does not change what the next role meets.
 */
const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];
const tag = () => randomBytes(3).toString('hex');

/** Two-letter codes nobody else uses (QA, QB, … then WA, …), for states a build may create or delete. */
let nextCode = 0;
const freshCode = () => {
  const n = nextCode++;
  return `${'QW'[Math.floor(n / 26) % 2]}${String.fromCharCode(65 + (n % 26))}`;
};

// The …Row builders answer the row, whose version a write sends back; the …Id ones only its id.
const yearRow = async (f: Fixtures) => makeBareYear(f.t.db);
const yearId = async (f: Fixtures) => (await yearRow(f)).id;
const activityRow = async (f: Fixtures) => {
  const [row] = await f.t.db
    .insert(timelineActivities)
    .values({ programYearId: await yearId(f), kind: 'other', title: 'Matrix activity', startsOn: '2025-09-01', endsOn: '2025-09-30' })
    .returning();
  return row;
};
const activityId = async (f: Fixtures) => (await activityRow(f)).id;
/** A year of its own in which the state takes part. */
const yearOfState = async (f: Fixtures, s: Scope) => {
  const id = await yearId(f);
  return { id, participation: await makeParticipation(f.t.db, id, f.stateOf(s)) };
};
const participationId = async (f: Fixtures, s: Scope) => (await yearOfState(f, s)).participation.id;
const pairingRow = async (f: Fixtures, s: Scope) => {
  const year = await yearOfState(f, s);
  return pair(f.t.db, year.id, f.stateOf(s), (await makeUser(f.t.db, 'coach')).id, '2025-08-01');
};
const pairingId = async (f: Fixtures, s: Scope) => (await pairingRow(f, s)).id;
const userRow = async (f: Fixtures, s: Scope) => makeUser(f.t.db, 'state_member', f.stateOf(s));
const userId = async (f: Fixtures, s: Scope) => (await userRow(f, s)).id;
const memberRow = async (f: Fixtures, s: Scope) => makeTeamMember(f.t.db, f.yearId, f.stateOf(s));
const memberId = async (f: Fixtures, s: Scope) => (await memberRow(f, s)).id;
/** The fixture states are shared and staff's writes move their version on: read it just before each write. */
const stateVersion = async (f: Fixtures, code: string) => (await f.t.db.select({ version: states.version }).from(states).where(eq(states.code, code)))[0].version;
/** Staff delete a state made for the purpose; the others meet the fixture states (403 in scope, 404 out). */
const stateToDelete = async (f: Fixtures, s: Scope, role: MatrixRole) => {
  if (role !== 'staff') return f.stateOf(s);
  const code = freshCode();
  await makeState(f.t.db, code, `Matrix state ${code}`);
  return code;
};

/** The version of the caller's own account as it is now (each write moves it on); anonymous has none. */
async function myVersion(f: Fixtures, role: MatrixRole): Promise<number> {
  if (role === 'anonymous') return 1;
  const [row] = await f.t.db.select({ version: users.version }).from(users).where(eq(users.id, f.users[role].id));
  return row.version;
}

export const setupRouteCases: Record<string, RouteCase> = {
  'GET /api/program-years': { area: 'global', action: 'read', scopes: none, build: async () => ({ url: '/api/program-years' }) },
  'GET /api/program-years/{id}': { area: 'global', action: 'read', scopes: none, build: async (f) => ({ url: `/api/program-years/${await yearId(f)}` }) },
  'POST /api/program-years': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async () => ({ url: '/api/program-years', body: { name: `Matrix year ${tag()}`, startsOn: '2030-09-01', endsOn: '2031-08-31' } }),
  },
  'PATCH /api/program-years/{id}': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => {
      const year = await yearRow(f);
      return { url: `/api/program-years/${year.id}`, body: { name: `Renamed ${tag()}`, version: year.version } };
    },
  },
  'DELETE /api/program-years/{id}': { area: 'global', action: 'write', scopes: none, build: async (f) => ({ url: `/api/program-years/${await yearId(f)}` }) },
  'POST /api/program-years/{id}/activities': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => ({
      url: `/api/program-years/${await yearId(f)}/activities`,
      body: { kind: 'webinars', title: 'Webinar', startsOn: '2025-10-28', endsOn: '2025-10-28' },
    }),
  },
  'GET /api/timeline-activities/{id}': { area: 'global', action: 'read', scopes: none, build: async (f) => ({ url: `/api/timeline-activities/${await activityId(f)}` }) },
  'PATCH /api/timeline-activities/{id}': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => {
      const activity = await activityRow(f);
      return { url: `/api/timeline-activities/${activity.id}`, body: { title: 'Renamed activity', version: activity.version } };
    },
  },
  'DELETE /api/timeline-activities/{id}': { area: 'global', action: 'write', scopes: none, build: async (f) => ({ url: `/api/timeline-activities/${await activityId(f)}` }) },

  'GET /api/states': { area: 'setup', action: 'read', scopes: none, list: true, build: async (f) => ({ url: `/api/states?programYear=${f.yearId}` }) },
  'GET /api/states/{code}': { area: 'setup', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/states/${f.stateOf(s)}` }) },
  'POST /api/states': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async () => {
      const code = freshCode();
      return { url: '/api/states', body: { code, name: `Matrix state ${code}`, timeZone: 'America/Denver' } };
    },
  },
  // The fixture states keep their name; only the zone is set again.
  'PATCH /api/states/{code}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/states/${f.stateOf(s)}`, body: { timeZone: 'America/Chicago', version: await stateVersion(f, f.stateOf(s)) } }),
  },
  'DELETE /api/states/{code}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s, role) => ({ url: `/api/states/${await stateToDelete(f, s, role)}` }),
  },

  'GET /api/participations': { area: 'setup', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/participations' }) },
  'GET /api/participations/{id}': { area: 'setup', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/participations/${await participationId(f, s)}` }) },
  'POST /api/participations': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/participations', body: { programYearId: await yearId(f), stateCode: f.stateOf(s), tier: 'light_touch' } }),
  },
  'PATCH /api/participations/{id}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const { participation } = await yearOfState(f, s);
      return { url: `/api/participations/${participation.id}`, body: { tier: 'light_touch', version: participation.version } };
    },
  },
  'DELETE /api/participations/{id}': { area: 'setup', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/participations/${await participationId(f, s)}` }) },

  'GET /api/users': { area: 'setup', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/users' }) },
  'GET /api/users/me': { area: 'signed_in', action: 'read', scopes: none, build: async () => ({ url: '/api/users/me' }) },
  'PATCH /api/users/me': {
    area: 'signed_in',
    action: 'write',
    scopes: none,
    build: async (f, _s, role) => ({ url: '/api/users/me', body: { name: 'Matrix Person', version: await myVersion(f, role) } }),
  },
  'GET /api/users/{id}': { area: 'setup', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/users/${await userId(f, s)}` }) },
  'POST /api/users': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({
      url: '/api/users',
      body: { email: `matrix.${tag()}@test.example`, name: 'Matrix Member', role: 'state_member', stateCode: f.stateOf(s), password: 'tangerine-orbit-9431' },
    }),
  },
  'PATCH /api/users/{id}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const user = await userRow(f, s);
      return { url: `/api/users/${user.id}`, body: { name: 'Renamed Member', version: user.version } };
    },
  },
  'DELETE /api/users/{id}': { area: 'setup', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/users/${await userId(f, s)}` }) },

  'GET /api/pairings': { area: 'setup', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/pairings' }) },
  'GET /api/pairings/{id}': { area: 'setup', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/pairings/${await pairingId(f, s)}` }) },
  'POST /api/pairings': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({
      url: '/api/pairings',
      body: { programYearId: (await yearOfState(f, s)).id, stateCode: f.stateOf(s), coachId: (await makeUser(f.t.db, 'coach')).id, startsOn: '2025-08-01' },
    }),
  },
  'PATCH /api/pairings/{id}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const pairing = await pairingRow(f, s);
      return { url: `/api/pairings/${pairing.id}`, body: { endsOn: '2026-01-31', version: pairing.version } };
    },
  },
  'DELETE /api/pairings/{id}': { area: 'setup', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/pairings/${await pairingId(f, s)}` }) },

  'GET /api/team-members': { area: 'setup', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/team-members' }) },
  'GET /api/team-members/{id}': { area: 'setup', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/team-members/${await memberId(f, s)}` }) },
  'POST /api/team-members': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/team-members', body: { programYearId: f.yearId, stateCode: f.stateOf(s), name: 'Matrix Member' } }),
  },
  'PATCH /api/team-members/{id}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const member = await memberRow(f, s);
      return { url: `/api/team-members/${member.id}`, body: { title: 'Dean', version: member.version } };
    },
  },
  'DELETE /api/team-members/{id}': { area: 'setup', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/team-members/${await memberId(f, s)}` }) },
};
