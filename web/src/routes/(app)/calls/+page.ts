import { listCalls } from '$lib/api-calls';
import { PAGE_SIZE, readCallFilters, yearForQuery } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import type { PageLoad } from './$types';

/** One page of calls for the filters in the URL (the current program year unless another is chosen). */
export const load = (async (event) => {
  event.depends('app:engagement');
  const filters = readCallFilters(event.url.searchParams);
  const context = await loadEngagementContext(event);
  const programYear = yearForQuery(filters.programYear, context.year?.id ?? null);
  const query = { programYear, state: filters.state, status: filters.status, kind: filters.kind, from: filters.from, to: filters.to };
  const calls = await listCalls({ ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }, event);
  return { ...context, filters, query, calls };
}) satisfies PageLoad;
