/**
 * Where a created record can be read: `POST /api/calls` → `/api/calls/{id}`, when the API has that route. The
 * answer's Location header and the OpenAPI document both ask here, so the document says it only where it is sent.
 */
const NESTED: Record<string, string> = {
  // An activity is added through its year and read on its own.
  '/api/program-years/{id}/activities': '/api/timeline-activities/{id}',
};

/** The record route's path in OpenAPI form, or undefined; `hasGet` says whether a GET route has that path. */
export function recordPathFor(createPath: string, hasGet: (path: string) => boolean): string | undefined {
  const path = createPath.replace(/:(\w+)/g, '{$1}');
  const nested = NESTED[path];
  if (nested) return hasGet(nested) ? nested : undefined;
  if (/\{\w+\}/.test(path)) return undefined;
  for (const key of ['{id}', '{code}']) if (hasGet(`${path}/${key}`)) return `${path}/${key}`;
  return undefined;
}

/** The record path with the created record's own id (or a state's code, its key). */
export const locationOf = (recordPath: string, record: { id?: unknown; code?: unknown }) =>
  recordPath.replace(/\{\w+\}/, encodeURIComponent(String(record.id ?? record.code)));
