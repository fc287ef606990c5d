import { makeCall, makeVisit } from './factories.ts';
import type { Fixtures, MatrixRole, RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for calendar feeds: the feed is the signed-in user's own (any role), the public
 * feed route is open to anyone holding a live token, and single downloads follow the engagement rules.
 */
const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];

/** A live feed for the role's user (staff's for anonymous callers), made through the API; answers its path. */
async function feedPathFor(f: Fixtures, role: MatrixRole) {
  const owner = f.users[role === 'anonymous' ? 'staff' : role];
  const res = await f.t.call(await f.t.tokenFor(owner), 'POST', '/api/calendar-feed');
  return new URL(res.json().url).pathname;
}

export const calendarRouteCases: Record<string, RouteCase> = {
  'GET /api/calendar-feed': { area: 'signed_in', action: 'read', scopes: none, build: async () => ({ url: '/api/calendar-feed' }) },
  'POST /api/calendar-feed': { area: 'signed_in', action: 'write', scopes: none, build: async () => ({ url: '/api/calendar-feed' }) },
  'DELETE /api/calendar-feed': {
    area: 'signed_in',
    action: 'write',
    scopes: none,
    build: async (f, _s, role) => {
      if (role !== 'anonymous') await feedPathFor(f, role);
      return { url: '/api/calendar-feed' };
    },
  },
  'GET /api/calendar/{token}.ics': { area: 'public', action: 'read', scopes: none, build: async (f, _s, role) => ({ url: await feedPathFor(f, role) }) },
  'GET /api/calls/{id}.ics': {
    area: 'engagement',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/calls/${(await makeCall(f.t.db, f.yearId, f.stateOf(s), { startTime: '10:00' })).id}.ics` }),
  },
  'GET /api/site-visits/{id}.ics': {
    area: 'engagement',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/site-visits/${(await makeVisit(f.t.db, f.yearId, f.stateOf(s), { status: 'cancelled' })).id}.ics` }),
  },
};
