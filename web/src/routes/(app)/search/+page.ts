import { isHttpError } from '@sveltejs/kit';
import { searchNotes, type SearchHit } from '$lib/api-search';
import { PAGE_SIZE } from '$lib/engagement';
import { loadEngagementContext } from '$lib/engagement-context';
import { readSearchFilters } from '$lib/search';
import type { Page } from '$lib/types';
import type { PageLoad } from './$types';

/**
 * One page of search hits for the words and filters in the URL. A failed search is shown on this page (with
 * the box still there to try again), not as the error page.
 */
export const load = (async (event) => {
  const filters = readSearchFilters(event.url.searchParams);
  const context = await loadEngagementContext(event);
  const query = { q: filters.q, programYear: filters.programYear, state: filters.state, kind: filters.kind };
  let results: Page<SearchHit> | null = null;
  let failure: { status: number; message: string } | null = null;
  if (filters.q) {
    try {
      results = await searchNotes({ ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }, event);
    } catch (thrown) {
      if (!isHttpError(thrown)) throw thrown;
      failure = { status: thrown.status, message: thrown.body.message };
    }
  }
  return { ...context, filters, query, results, failure };
}) satisfies PageLoad;
