import { listPlaybook } from '$lib/api-playbook';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** The current program year and the states the user may log a call for (those taking part this year). */
export const load = (async (event) => {
  const [context, playbook] = await Promise.all([loadEngagementContext(event), listPlaybook({ limit: 500 }, event)]);
  const wanted = event.url.searchParams.get('state')?.toUpperCase() ?? '';
  return { ...context, wanted, playbook: playbook.items };
}) satisfies PageLoad;
