import { redirect } from '@sveltejs/kit';
import { homeFor } from '$lib/navigation';
import type { PageLoad } from './$types';

/** `/` sends each role to its home. */
export const load = (async ({ parent }) => {
  const { me } = await parent();
  redirect(307, homeFor(me.user.role));
}) satisfies PageLoad;
