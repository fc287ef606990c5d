import { joinYear, makeCall, makeState, makeVisit, makeYear } from './factories.ts';
import { makeActionItem, makeAttendance, makeEvent, makeExchange, makeMentoringPair } from './factories-engagement.ts';
import type { Fixtures, RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for site visits, action items, events and peer mentoring. Every build makes a
 * record of its own, so one role's successful write does not change what the next role meets.
 */
const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];
/** The partner state of a mentoring pair: nobody's but staff's. */
const PARTNER = 'NE';

// A cancelled visit frees its number, so any number of them can be made in one year and state.
// The …RowIn builders answer the row, whose version a write sends back; the …In ones only its id.
const visitRowIn = async (f: Fixtures, s: Scope) => makeVisit(f.t.db, f.yearId, f.stateOf(s), { status: 'cancelled' });
const visitIn = async (f: Fixtures, s: Scope) => (await visitRowIn(f, s)).id;
const itemRowIn = async (f: Fixtures, s: Scope) => {
  const call = await makeCall(f.t.db, f.yearId, f.stateOf(s));
  return makeActionItem(f.t.db, f.stateOf(s), { callId: call.id });
};
const itemIn = async (f: Fixtures, s: Scope) => (await itemRowIn(f, s)).id;
/** A year of its own in which the state and the partner take part (a pair is unique per year). */
const yearWithPartner = async (f: Fixtures, s: Scope) => {
  const year = await makeYear(f.t.db);
  await makeState(f.t.db, PARTNER);
  for (const code of [f.stateOf(s), PARTNER]) await joinYear(f.t.db, year.id, code);
  return year.id;
};
const pairRowIn = async (f: Fixtures, s: Scope) => makeMentoringPair(f.t.db, await yearWithPartner(f, s), f.stateOf(s), PARTNER);
const pairIn = async (f: Fixtures, s: Scope) => (await pairRowIn(f, s)).id;

export const engagementRouteCases: Record<string, RouteCase> = {
  'GET /api/site-visits': { area: 'engagement', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/site-visits' }) },
  'POST /api/site-visits': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/site-visits', body: { programYearId: f.yearId, stateCode: f.stateOf(s), number: 1, status: 'cancelled' } }),
  },
  'GET /api/site-visits/{id}': { area: 'engagement', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/site-visits/${await visitIn(f, s)}` }) },
  'PATCH /api/site-visits/{id}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const visit = await visitRowIn(f, s);
      return { url: `/api/site-visits/${visit.id}`, body: { summary: 'Met the employer partners', version: visit.version } };
    },
  },
  'DELETE /api/site-visits/{id}': { area: 'engagement', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/site-visits/${await visitIn(f, s)}` }) },

  'GET /api/action-items': { area: 'engagement', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/action-items' }) },
  'POST /api/action-items': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/action-items', body: { callId: (await makeCall(f.t.db, f.yearId, f.stateOf(s))).id, description: 'Send the agenda' } }),
  },
  'GET /api/action-items/{id}': { area: 'engagement', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/action-items/${await itemIn(f, s)}` }) },
  'PATCH /api/action-items/{id}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const item = await itemRowIn(f, s);
      return { url: `/api/action-items/${item.id}`, body: { done: true, version: item.version } };
    },
  },
  'DELETE /api/action-items/{id}': { area: 'engagement', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/action-items/${await itemIn(f, s)}` }) },

  'GET /api/events': { area: 'global', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/events' }) },
  'GET /api/events/{id}': { area: 'global', action: 'read', scopes: none, build: async (f) => ({ url: `/api/events/${(await makeEvent(f.t.db, f.yearId)).id}` }) },
  'POST /api/events': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => ({ url: '/api/events', body: { programYearId: f.yearId, kind: 'webinar', title: 'Winter webinar', date: '2027-01-28' } }),
  },
  'PATCH /api/events/{id}': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => {
      const event = await makeEvent(f.t.db, f.yearId);
      return { url: `/api/events/${event.id}`, body: { location: 'Chicago, IL', version: event.version } };
    },
  },
  'DELETE /api/events/{id}': { area: 'global', action: 'write', scopes: none, build: async (f) => ({ url: `/api/events/${(await makeEvent(f.t.db, f.yearId)).id}` }) },
  'GET /api/events/{id}/attendance/{stateCode}': {
    area: 'engagement',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => {
      const event = await makeEvent(f.t.db, f.yearId);
      await makeAttendance(f.t.db, event.id, f.stateOf(s));
      return { url: `/api/events/${event.id}/attendance/${f.stateOf(s)}` };
    },
  },
  // The first answer for a state needs no version (test/api/concurrency-upserts.test.ts covers changing one).
  'PUT /api/events/{id}/attendance/{stateCode}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/events/${(await makeEvent(f.t.db, f.yearId)).id}/attendance/${f.stateOf(s)}`, body: { status: 'attended', attendees: 2 } }),
  },
  'DELETE /api/events/{id}/attendance/{stateCode}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const event = await makeEvent(f.t.db, f.yearId);
      await makeAttendance(f.t.db, event.id, f.stateOf(s));
      return { url: `/api/events/${event.id}/attendance/${f.stateOf(s)}` };
    },
  },

  'GET /api/mentoring-pairs': { area: 'engagement', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/mentoring-pairs' }) },
  'GET /api/mentoring-pairs/{id}': { area: 'engagement', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/mentoring-pairs/${await pairIn(f, s)}` }) },
  // Setting pairs up is staff's work, like the rest of the year's set-up.
  'POST /api/mentoring-pairs': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/mentoring-pairs', body: { programYearId: await yearWithPartner(f, s), stateA: f.stateOf(s), stateB: PARTNER } }),
  },
  'PATCH /api/mentoring-pairs/{id}': {
    area: 'setup',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const pair = await pairRowIn(f, s);
      return { url: `/api/mentoring-pairs/${pair.id}`, body: { focus: 'Employer engagement', version: pair.version } };
    },
  },
  'DELETE /api/mentoring-pairs/{id}': { area: 'setup', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/mentoring-pairs/${await pairIn(f, s)}` }) },
  'POST /api/mentoring-pairs/{id}/exchanges': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/mentoring-pairs/${await pairIn(f, s)}/exchanges`, body: { date: '2026-10-20', summary: 'Peer call' } }),
  },
  'DELETE /api/mentoring-exchanges/{id}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/mentoring-exchanges/${(await makeExchange(f.t.db, await pairIn(f, s))).id}` }),
  },
};
