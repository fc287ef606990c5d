import { error } from '@sveltejs/kit';
import { getSiteVisit } from '$lib/api-site-visits';
import { isRecordId } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** One site visit with its follow-ups; outside the user's states the API answers 404, shown as "Not found". */
export const load = (async (event) => {
  if (!isRecordId(event.params.id)) error(404, { message: 'Site visit not found', status: 404 });
  event.depends('app:engagement');
  const [visit, context] = await Promise.all([getSiteVisit(event.params.id, event), loadEngagementContext(event)]);
  const year = context.years.find((y) => y.id === visit.programYearId) ?? context.year;
  return { visit, year, today: context.today, states: context.states };
}) satisfies PageLoad;
