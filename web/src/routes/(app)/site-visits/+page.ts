import { listSiteVisits } from '$lib/api-site-visits';
import { PAGE_SIZE, readVisitFilters, yearForQuery } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** One page of site visits for the filters in the URL (the current program year unless another is chosen). */
export const load = (async (event) => {
  event.depends('app:engagement');
  const filters = readVisitFilters(event.url.searchParams);
  const context = await loadEngagementContext(event);
  const programYear = yearForQuery(filters.programYear, context.year?.id ?? null);
  const query = { programYear, state: filters.state, status: filters.status, from: filters.from, to: filters.to };
  const visits = await listSiteVisits({ ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }, event);
  return { ...context, filters, query, visits };
}) satisfies PageLoad;
