/** One HTTP request as the load generator sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
}

/** What the bench measures: the requests of one user action, sent by one user, in a cycle. */
export interface Endpoint {
  key: 'progress' | 'statePage' | 'coachCalls' | 'milestoneUpdate';
  label: string;
  user: 'staff' | 'coach';
  requests: BenchRequest[];
}

/** The ids the endpoints address, found in the generated data. */
export interface Targets {
  yearId: string;
  stateCode: string;
  planId: string;
}

const get = (path: string): BenchRequest => ({ method: 'GET', path });

/**
 * The state page issues these (web/src/routes/(app)/states/[code]/+page.ts: the plan by the id its state's record
 * names, and the playbook entries for its priorities);
 * the calls page asks for one page of 25 for the current year.
 */
export function readEndpoints(t: Targets): Endpoint[] {
  const scope = `programYear=${t.yearId}&state=${t.stateCode}`;
  return [
    { key: 'progress', label: 'GET /api/progress (56 states, one year)', user: 'staff', requests: [get(`/api/progress?programYear=${t.yearId}`)] },
    {
      key: 'statePage',
      label: "state page's data (9 requests, cycled)",
      user: 'staff',
      requests: [
        get(`/api/states/${t.stateCode}`),
        get(`/api/progress?programYear=${t.yearId}&state=${t.stateCode}`),
        get('/api/program-years?limit=100'),
        get(`/api/plans/${t.planId}`),
        get(`/api/assessments?${scope}&limit=500`),
        get(`/api/assessments/growth?${scope}`),
        get(`/api/calls?${scope}&limit=500`),
        get(`/api/site-visits?${scope}&limit=500`),
        get(`/api/states/${t.stateCode}/playbook?programYear=${t.yearId}`),
      ],
    },
    { key: 'coachCalls', label: "a coach's call list (GET /api/calls, page of 25)", user: 'coach', requests: [get(`/api/calls?programYear=${t.yearId}&limit=25&offset=0`)] },
  ];
}

/** A status change with If-Match, as the state lead's two-click update sends it; statuses alternate so every one is valid. */
export const milestoneUpdate: Endpoint = {
  key: 'milestoneUpdate',
  label: 'milestone status update (POST /api/milestones/:id/updates, If-Match)',
  user: 'staff',
  requests: [],
};

export const updatePath = (milestoneId: string) => `/api/milestones/${milestoneId}/updates`;
export const ALTERNATE_STATUSES = ['in_progress', 'at_risk'] as const;
export const nextStatus = (status: string) => (status === ALTERNATE_STATUSES[0] ? ALTERNATE_STATUSES[1] : ALTERNATE_STATUSES[0]);
