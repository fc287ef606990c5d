/**
 * One style of operationId for every operation, from its method and path, so that a generated client reads
 * `listCalls`, `getCall`, `createCall`, `updateCall`, `deleteCall`, and a new route gets one without anyone
 * remembering to write it. The few routes that are not plain collections or records are named here.
 */

/** Path words whose singular or plural is not made by adding or dropping an "s". */
const NOUNS: Record<string, { one: string; many: string }> = {
  activities: { one: 'activity', many: 'activities' },
  'timeline-activities': { one: 'timeline-activity', many: 'timeline-activities' },
  playbook: { one: 'playbook-entry', many: 'playbook-entries' },
  attendance: { one: 'attendance', many: 'attendance' },
  progress: { one: 'progress', many: 'progress' },
};

const NAMED: Record<string, string> = {
  'POST /api/auth/login': 'signIn',
  'POST /api/auth/refresh': 'refreshSession',
  'POST /api/auth/logout': 'signOut',
  'GET /api/auth/me': 'getSignedInUser',
  'GET /api/auth/options': 'getSignInOptions',
  'GET /api/users/me': 'getMyAccount',
  'PATCH /api/users/me': 'updateMyAccount',
  'GET /api/progress': 'getProgress',
  'GET /api/audit': 'listAuditEntries',
  'GET /api/search': 'search',
  'GET /api/playbook/domains': 'listPlaybookDomains',
  'GET /api/assessments/growth': 'getAssessmentGrowth',
  'GET /api/program-years/{id}/rollover': 'previewProgramYearRollover',
  'POST /api/program-years/{id}/rollover': 'rollOverProgramYear',
  'PUT /api/assessments/{id}/responses': 'rateAssessmentIndicators',
  'POST /api/milestones/{id}/updates': 'updateMilestoneStatus',
  'GET /api/calendar-feed': 'getCalendarFeed',
  'POST /api/calendar-feed': 'createCalendarFeed',
  'DELETE /api/calendar-feed': 'deleteCalendarFeed',
  'GET /api/calendar/{token}.ics': 'getCalendarFeedFile',
  'GET /api/calls/{id}.ics': 'getCallCalendarFile',
  'GET /api/site-visits/{id}.ics': 'getSiteVisitCalendarFile',
  'GET /api/states/{code}/agenda-draft': 'getStateAgendaDraft',
  'GET /api/states/{code}/playbook': 'listStatePlaybookEntries',
  'GET /api/reports/states/{code}': 'getStateReport',
  'GET /api/reports/program-years/{id}': 'getProgramYearReport',
};

const VERB: Record<string, { collection: string; record: string }> = {
  GET: { collection: 'list', record: 'get' },
  POST: { collection: 'create', record: 'create' },
  PUT: { collection: 'set', record: 'set' },
  PATCH: { collection: 'update', record: 'update' },
  DELETE: { collection: 'delete', record: 'delete' },
};

const singular = (word: string) => NOUNS[word]?.one ?? word.replace(/s$/, '');
const plural = (word: string) => NOUNS[word]?.many ?? word;
const pascal = (words: string[]) =>
  words
    .flatMap((word) => word.split('-'))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** `GET /api/calls/{id}` → `getCall`; paths in OpenAPI form (`{id}`), or Fastify's (`:id`). */
export function operationIdFor(method: string, path: string): string {
  const openapiPath = path.replace(/:(\w+)/g, '{$1}');
  const named = NAMED[`${method} ${openapiPath}`];
  if (named) return named;
  const segments = openapiPath.replace(/^\/api\//, '').split('/');
  const isParam = (segment: string | undefined) => Boolean(segment?.startsWith('{'));
  const record = isParam(segments.at(-1));
  const words = segments.filter((segment) => !isParam(segment));
  const verbs = VERB[method];
  if (!verbs || words.length === 0) throw new Error(`no operationId rule for ${method} ${path}`);
  // The last word names the thing acted on: one of them for a record or a create, all of them for a list.
  const last = words.at(-1) as string;
  const one = record || method !== 'GET';
  return `${record ? verbs.record : verbs.collection}${pascal([...words.slice(0, -1).map(singular), one ? singular(last) : plural(last)])}`;
}
