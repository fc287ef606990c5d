import { callResources } from '../../db/schema/index.ts';
import { makeCall } from './factories.ts';
import { makeEntry } from './factories-playbook.ts';
import type { Fixtures, RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for the playbook: the library is read by everyone and written by staff ('global');
 * resources shared on a call follow the call (engagement); a state's matches follow its assessment.
 */
const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];

const entryId = async (f: Fixtures) => (await makeEntry(f.t.db, { title: 'Pre-apprenticeship model' })).id;
const callIn = async (f: Fixtures, s: Scope) => (await makeCall(f.t.db, f.yearId, f.stateOf(s))).id;

export const playbookRouteCases: Record<string, RouteCase> = {
  'GET /api/playbook': { area: 'global', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/playbook' }) },
  'GET /api/playbook/domains': { area: 'global', action: 'read', scopes: none, build: async () => ({ url: '/api/playbook/domains' }) },
  'GET /api/playbook/{id}': { area: 'global', action: 'read', scopes: none, build: async (f) => ({ url: `/api/playbook/${await entryId(f)}` }) },
  'POST /api/playbook': { area: 'global', action: 'write', scopes: none, build: async () => ({ url: '/api/playbook', body: { title: 'Regional consortia' } }) },
  'PATCH /api/playbook/{id}': {
    area: 'global',
    action: 'write',
    scopes: none,
    build: async (f) => ({ url: `/api/playbook/${await entryId(f)}`, body: { summary: 'Employers lead the design', version: 1 } }),
  },
  'DELETE /api/playbook/{id}': { area: 'global', action: 'write', scopes: none, build: async (f) => ({ url: `/api/playbook/${await entryId(f)}` }) },

  'GET /api/calls/{id}/resources': { area: 'engagement', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/calls/${await callIn(f, s)}/resources` }) },
  'POST /api/calls/{id}/resources': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/calls/${await callIn(f, s)}/resources`, body: { entryId: await entryId(f) } }),
  },
  'DELETE /api/calls/{id}/resources/{entryId}': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const [callId, entry] = [await callIn(f, s), await entryId(f)];
      await f.t.db.insert(callResources).values({ callId, entryId: entry });
      return { url: `/api/calls/${callId}/resources/${entry}` };
    },
  },
  'GET /api/states/{code}/playbook': {
    area: 'assessment',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/states/${f.stateOf(s)}/playbook?programYear=${f.yearId}` }),
  },
};

/** Peer-mentoring suggestions read every state's baseline: staff only. */
export const suggestionRouteCases: Record<string, RouteCase> = {
  'GET /api/mentoring-suggestions': { area: 'staff_only', action: 'read', scopes: none, build: async (f) => ({ url: `/api/mentoring-suggestions?programYear=${f.yearId}` }) },
};

/** The next call's draft agenda is the coach's working paper: an engagement write (staff, or the state's coach). */
export const agendaRouteCases: Record<string, RouteCase> = {
  'GET /api/states/{code}/agenda-draft': {
    area: 'engagement',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/states/${f.stateOf(s)}/agenda-draft?programYear=${f.yearId}` }),
  },
};
