import { isHttpError } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { PageLoad } from './$types';

/**
 * One progress answer per program year; the coach and tier filters are applied in the page, so that the
 * filter choices stay complete and changing them is instant. Only `programYear` is read here, so that
 * SvelteKit does not reload when the other filters change.
 */
export const load = (async (event) => {
  const programYear = event.url.searchParams.get('programYear');
  const [progress, years] = await Promise.all([
    api.progress({ programYear }, event),
    api.programYears(event).catch((error: unknown) => {
      // Older servers have no /api/program-years: the year of the progress answer is then the only choice.
      if (isHttpError(error) && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }),
  ]);
  return { progress, years: years?.items ?? null };
}) satisfies PageLoad;
