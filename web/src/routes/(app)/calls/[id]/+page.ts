import { error } from '@sveltejs/kit';
import { getCall } from '$lib/api-calls';
import { isRecordId } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** One call with its action items; outside the user's states the API answers 404, shown as "Not found". */
export const load = (async (event) => {
  if (!isRecordId(event.params.id)) error(404, { message: 'Call not found', status: 404 });
  event.depends('app:engagement');
  const [call, context] = await Promise.all([getCall(event.params.id, event), loadEngagementContext(event)]);
  const year = context.years.find((y) => y.id === call.programYearId) ?? context.year;
  return { call, year, today: context.today, states: context.states };
}) satisfies PageLoad;
