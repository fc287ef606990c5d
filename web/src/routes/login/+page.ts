import { redirect } from '@sveltejs/kit';
import { api, safeNext } from '$lib/api';
import { homeFor } from '$lib/navigation';
import type { PageLoad } from './$types';

/** Someone already signed in goes on to where they were heading. */
export const load = (async ({ fetch, url }) => {
  const next = url.searchParams.get('next');
  const [me, options] = await Promise.all([api.session(fetch), api.signInOptions(fetch)]);
  if (me) redirect(307, next ? safeNext(next) : homeFor(me.user.role));
  return { next: safeNext(next), expired: next !== null, demoAccounts: options.demoAccounts };
}) satisfies PageLoad;
