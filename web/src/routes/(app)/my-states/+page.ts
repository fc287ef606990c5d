import { listActionItems } from '$lib/api-action-items';
import { listCalls } from '$lib/api-calls';
import { listSiteVisits } from '$lib/api-site-visits';
import { api } from '$lib/api';
import { currentYear, firstOfNextMonth, isoDay } from '$lib/engagement';
import type { PageLoad } from './$types';

/**
 * The coach's home for the current program year: each state's progress (health, contact, checkpoints) from
 * /api/progress, and what feeds the to-do list: scheduled calls, the year's visits, and open action items due
 * before next month. Staff see every state; the API scopes everything.
 */
export const load = (async (event) => {
  event.depends('app:engagement');
  const today = isoDay(new Date());
  const years = (await api.programYears(event)).items;
  const year = currentYear(years, today);
  if (!year) return { year: null, progress: null, scheduledCalls: [], visits: [], actionItems: [] };
  const [progress, scheduledCalls, visits, actionItems] = await Promise.all([
    api.progress({ programYear: year.id }, event),
    listCalls({ programYear: year.id, status: 'scheduled', limit: 500 }, event),
    listSiteVisits({ programYear: year.id, limit: 500 }, event),
    listActionItems({ programYear: year.id, done: false, dueBefore: firstOfNextMonth(today), limit: 500 }, event),
  ]);
  return { year, progress, scheduledCalls: scheduledCalls.items, visits: visits.items, actionItems: actionItems.items };
}) satisfies PageLoad;
