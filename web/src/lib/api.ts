/**
 * What the dashboard asks of the API, one function per route. Every call goes through `request` (http.ts):
 * pass the load event from a `load` function (a 401 then redirects to sign-in and other failures become
 * SvelteKit errors); call without it from an event handler and catch the `ApiError`.
 * Areas with many routes keep their functions beside this file in `api-<area>.ts`.
 */
import { refreshAccess, request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { AnswerOf, LoginAnswer, Me, Page, ProgramYear, ProgressAnswer, QueryOf, Schemas } from './types.ts';

export { ApiError, loginHref, safeNext } from './api-errors.ts';
export { request, type LoadContext } from './http.ts';

/** How the sign-in page may offer to sign in (GET /api/auth/options): `demoAccounts` lists the demo accounts. */
export type SignInOptions = AnswerOf<'getSignInOptions'>;

/** Everything the dashboard asks of the API, one function per route. */
export const api = {
  login: (email: string, password: string) => request<LoginAnswer>('POST', '/api/auth/login', { body: { email, password } satisfies Schemas['Credentials'] }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  me: (load?: LoadContext) => request<Me>('GET', '/api/auth/me', { load }),
  /** The signed-in user, or null when nobody is (for the sign-in page, which must not redirect to itself). */
  session: async (fetcher: typeof fetch = fetch): Promise<Me | null> => {
    try {
      const me = () => fetcher('/api/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      let response = await me();
      // The access token may have expired while the session lives on.
      if (response.status === 401 && (await refreshAccess(fetcher))) response = await me();
      return response.ok ? ((await response.json()) as Me) : null;
    } catch {
      return null;
    }
  },

  /** What the sign-in page offers; if the server cannot say, nothing beyond the form (never a demo panel by default). */
  signInOptions: async (fetcher: typeof fetch = fetch): Promise<SignInOptions> => {
    try {
      const response = await fetcher('/api/auth/options', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      return response.ok ? ((await response.json()) as SignInOptions) : { demoAccounts: false };
    } catch {
      return { demoAccounts: false };
    }
  },

  programYears: (load?: LoadContext) =>
    request<Page<ProgramYear>>('GET', '/api/program-years', { load, query: { limit: '100' } }),

  progress: (query: QueryOf<'getProgress'>, load?: LoadContext) =>
    request<ProgressAnswer>('GET', '/api/progress', { load, query: toQuery(query) }),
};
