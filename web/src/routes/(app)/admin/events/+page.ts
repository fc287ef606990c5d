import { adminApi } from '$lib/api-admin';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** The chosen year's events in date order, with attendance; the kind filter applies in the page. */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  if (!year) return { years, year, events: [], participating: 0 };
  const [events, participations] = await Promise.all([
    adminApi.events({ programYear: year.id }, event),
    adminApi.participations({ programYear: year.id }, event),
  ]);
  return { years, year, events: events.items, participating: participations.total };
}) satisfies PageLoad;
