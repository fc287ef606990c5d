import { api } from '$lib/api';
import { getCrossStateReport } from '$lib/api-reports';
import { browserToday, defaultReportYear } from '$lib/reports';
import type { PageLoad } from './$types';

/** The report across the caller's states for `?programYear=` (default: the year containing today, else the newest). */
export const load = (async (event) => {
  const years = (await api.programYears(event)).items;
  const yearId = event.url.searchParams.get('programYear') ?? defaultReportYear(years, browserToday());
  const report = yearId ? await getCrossStateReport(yearId, event) : null;
  return { years, report };
}) satisfies PageLoad;
