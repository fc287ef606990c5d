import { api } from '$lib/api';
import { getStateReport } from '$lib/api-reports';
import type { PageLoad } from './$types';

/** One state's year-end report for `?programYear=` (default: the year containing today, as the server picks it). */
export const load = (async (event) => {
  const code = event.params.code.toUpperCase();
  const [report, years] = await Promise.all([
    getStateReport(code, event.url.searchParams.get('programYear'), event),
    api.programYears(event),
  ]);
  return { report, years: years.items };
}) satisfies PageLoad;
