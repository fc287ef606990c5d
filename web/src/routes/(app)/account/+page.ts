import { getFeedStatus } from '$lib/api-calendar';
import type { PageLoad } from './$types';

/** Your account: who you are, and your private calendar subscription. */
export const load = (async (event) => {
  event.depends('app:calendar-feed');
  return { feed: await getFeedStatus(event) };
}) satisfies PageLoad;
