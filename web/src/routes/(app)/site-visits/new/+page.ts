import { listSiteVisits } from '$lib/api-site-visits';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** The current program year, the states the user may plan a visit for, and this year's visits (for the free number). */
export const load = (async (event) => {
  const context = await loadEngagementContext(event);
  const visits = context.year ? (await listSiteVisits({ programYear: context.year.id, limit: 500 }, event)).items : [];
  const wanted = event.url.searchParams.get('state')?.toUpperCase() ?? '';
  const number = Number(event.url.searchParams.get('number'));
  return { ...context, visits, wanted, wantedNumber: number === 1 || number === 2 ? number : null };
}) satisfies PageLoad;
