import { api } from '$lib/api';
import type { LayoutLoad } from './$types';

/** Every page in (app) needs a signed-in user; without one, api.me redirects to sign-in. */
export const load = (async (event) => {
  event.depends('app:session');
  const me = await api.me(event);
  return { me };
}) satisfies LayoutLoad;
