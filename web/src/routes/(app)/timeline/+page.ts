import { isHttpError } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { PageLoad } from './$types';

/** The year's activities come with the progress answer (with the server's today), one request for the view. */
export const load = (async (event) => {
  const programYear = event.url.searchParams.get('programYear');
  const [progress, years] = await Promise.all([
    api.progress({ programYear }, event),
    api.programYears(event).catch((error: unknown) => {
      if (isHttpError(error) && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }),
  ]);
  return {
    programYear: progress.programYear,
    today: progress.today,
    months: progress.months,
    activities: progress.activities,
    years: years?.items ?? null,
  };
}) satisfies PageLoad;
