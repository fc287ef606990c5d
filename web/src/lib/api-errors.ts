/**
 * How a failed API answer becomes an `ApiError` (pure, so that it is unit-tested without a browser), and
 * the sign-in URLs that carry where to come back to.
 */

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The request field the message is about (`date`, `attendees.0.name`), when the API named one. */
  readonly field?: string;
  /** With a 412 (someone else changed the record first): the record as it is now. */
  readonly current?: unknown;

  constructor(status: number, message: string, field?: string, current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.field = field;
    this.current = current;
  }
}

/** Whether a save failed because someone else changed the record first (412 Precondition Failed). */
export const isStale = (error: ApiError | null | undefined): boolean => error?.status === 412;

/** The version of the record as it is now, from a 412's `current`, for "keep my changes and save again". */
export function currentVersion(error: ApiError | null | undefined): number | null {
  const current = error?.current as { version?: unknown } | undefined;
  return isStale(error) && typeof current?.version === 'number' ? current.version : null;
}

const LOGIN_PATH = '/login';

/** The sign-in page, remembering where to come back to. */
export function loginHref(next: string): string {
  if (!next || next.startsWith(LOGIN_PATH) || !next.startsWith('/')) return LOGIN_PATH;
  return next === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/** Only same-site paths are followed after sign-in, so that ?next= cannot send people elsewhere. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(LOGIN_PATH)) return '/';
  return next;
}

// Validation messages name the field first: `body.date must match format "date"`,
// `querystring.tier must be equal to one of the allowed values`, `date: 2027-09-02 is outside the program year`,
// `body must have required property 'email'`.
const SCHEMA_MESSAGE = /^(?:body|querystring|params|headers)\.([\w.]+) (.+)$/s;
const REQUIRED_MESSAGE = /^(?:body|querystring|params) must have required property '([\w.]+)'$/;
const RULE_MESSAGE = /^([A-Za-z][\w.]*): (.+)$/s;

/** The schema validator's phrases, said the way a form would say them. */
function plainRule(rule: string): string {
  const format = /^must match format "([\w-]+)"$/.exec(rule);
  if (format) {
    const formats: Record<string, string> = {
      email: 'Enter a valid email address.',
      date: 'Enter a date as YYYY-MM-DD.',
      uuid: 'Choose one of the listed records.',
      uri: 'Enter a full web address (https://…).',
    };
    return formats[format[1]] ?? `Use the ${format[1]} format.`;
  }
  if (/^must NOT have fewer than 1 characters?$/.test(rule)) return 'Fill this in.';
  const longest = /^must NOT have more than (\d+) characters$/.exec(rule);
  if (longest) return `Too long: at most ${longest[1]} characters.`;
  const shortest = /^must NOT have fewer than (\d+) characters$/.exec(rule);
  if (shortest) return `Too short: at least ${shortest[1]} characters.`;
  if (rule === 'must be equal to one of the allowed values') return 'Choose one of the listed values.';
  const minimum = /^must be >= (-?[\d.]+)$/.exec(rule);
  if (minimum) return `Must be at least ${minimum[1]}.`;
  const maximum = /^must be <= (-?[\d.]+)$/.exec(rule);
  if (maximum) return `Must be at most ${maximum[1]}.`;
  const sentence = rule.charAt(0).toUpperCase() + rule.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Turns the API's error body into an ApiError, finding the field a validation message is about. */
export function toApiError(status: number, body: unknown, fallback: string): ApiError {
  const message =
    body && typeof body === 'object' && 'message' in body && typeof body.message === 'string' && body.message
      ? body.message
      : fallback;
  if (status === 400 || status === 409 || status === 422) {
    const required = REQUIRED_MESSAGE.exec(message);
    if (required) return new ApiError(status, 'Fill this in.', required[1]);
    const schema = SCHEMA_MESSAGE.exec(message) ?? RULE_MESSAGE.exec(message);
    if (schema) return new ApiError(status, plainRule(schema[2]), schema[1]);
  }
  if (status === 412) {
    const current = body && typeof body === 'object' && 'current' in body ? body.current : undefined;
    return new ApiError(412, 'Someone else changed this while you were editing. Reload to see their change, or save yours again over it.', undefined, current);
  }
  return new ApiError(status, message);
}
