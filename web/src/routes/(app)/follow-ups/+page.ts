import { adminApi } from '$lib/api-admin';
import { listActionItems } from '$lib/api-action-items';
import { PAGE_SIZE, yearForQuery } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import { followUpQuery, readFollowUpFilters } from '$lib/follow-ups';
import type { PageLoad } from './$types';

/** One page of follow-ups (action items of calls and visits) for the filters in the URL, open ones by default. */
export const load = (async (event) => {
  event.depends('app:follow-ups');
  const filters = readFollowUpFilters(event.url.searchParams);
  const { me } = await event.parent();
  const [context, coaches] = await Promise.all([
    loadEngagementContext(event),
    // Staff choose a coach; a coach's list is already their own states.
    me.user.role === 'staff' ? adminApi.users({ role: 'coach', active: true }, event).then((p) => p.items) : Promise.resolve([]),
  ]);
  const query = followUpQuery(filters, yearForQuery(filters.programYear, context.year?.id ?? null));
  const items = await listActionItems({ ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }, event);
  return { ...context, coaches: coaches.map((c) => ({ id: c.id, name: c.name })), filters, query, items };
}) satisfies PageLoad;
