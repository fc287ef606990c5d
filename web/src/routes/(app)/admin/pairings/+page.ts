import { adminApi } from '$lib/api-admin';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** The chosen year's coach–state pairings, its states and the active coaches; state and coach filters apply in the page. */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  if (!year) return { years, year, pairings: [], participations: [], coaches: [] };
  const [pairings, participations, coaches] = await Promise.all([
    adminApi.pairings({ programYear: year.id }, event),
    adminApi.participations({ programYear: year.id }, event),
    adminApi.users({ role: 'coach' }, event),
  ]);
  return {
    years,
    year,
    pairings: pairings.items,
    participations: participations.items.sort((a, b) => a.stateName.localeCompare(b.stateName)),
    coaches: coaches.items.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name)),
  };
}) satisfies PageLoad;
