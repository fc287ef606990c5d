/**
 * The one path to the API: every `api*.ts` module calls `request`, which sends and reads JSON with the
 * session cookie, and turns every failed answer into one `ApiError`:
 *  - in a `load` function (called with its event), a 401 redirects to sign-in and any other failure
 *    becomes a SvelteKit error, so that +error.svelte shows it;
 *  - in an event handler (a form), a 401 sends the user to sign-in and the ApiError is thrown for the
 *    form to show, next to the field when the API named one.
 */
import { goto } from '$app/navigation';
import { error, redirect, type LoadEvent } from '@sveltejs/kit';
import { ApiError, loginHref, toApiError } from './api-errors.ts';

/** What a load function hands over: its fetch (so SvelteKit tracks it) and the URL it is loading. */
export type LoadContext = Pick<LoadEvent, 'fetch' | 'url' | 'untrack'>;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined | null>;
  /** Set when called from a load function. */
  load?: LoadContext;
}

function currentPath(load?: LoadContext): string {
  if (load) return load.untrack(() => load.url.pathname + load.url.search);
  return typeof location === 'undefined' ? '/' : location.pathname + location.search;
}

// Access tokens are short-lived; the session's refresh cookie renews them. Requests that fail together
// share one refresh.
let refreshing: Promise<boolean> | null = null;
const AUTH_PATHS = new Set(['/api/auth/login', '/api/auth/refresh', '/api/auth/logout']);

/** Trades the refresh cookie for a new access cookie; false when the session has ended. */
export function refreshAccess(send: typeof fetch = fetch): Promise<boolean> {
  refreshing ??= send('/api/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-requested-with': 'tracker' },
  })
    .then((response) => response.ok, () => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { body, query, load } = options;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const url = params.size ? `${path}?${params}` : path;
  const send = load?.fetch ?? fetch;
  const attempt = () =>
    send(url, {
      method,
      credentials: 'same-origin',
      // X-Requested-With marks our own pages' requests: the API refuses cookie-authenticated writes without it.
      headers: {
        accept: 'application/json',
        'x-requested-with': 'tracker',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  let response: Response;
  try {
    response = await attempt();
    // An expired access token: renew it once with the refresh cookie and try again.
    if (response.status === 401 && !AUTH_PATHS.has(path) && (await refreshAccess(send))) response = await attempt();
  } catch {
    return fail(new ApiError(0, 'The server could not be reached. Check your connection and try again.'), load);
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  const errorBody: unknown = await response.json().catch(() => null);
  const failure = toApiError(response.status, errorBody, response.statusText || `Request failed (${response.status})`);
  if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/refresh') {
    const href = loginHref(currentPath(load));
    if (load) redirect(307, href);
    void goto(href);
  }
  return fail(failure, load);
}

function fail(failure: ApiError, load?: LoadContext): never {
  if (load) error(failure.status || 503, { message: failure.message, status: failure.status });
  throw failure;
}

