import { adminApi } from '$lib/api-admin';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** Every state with its participation in the chosen year (`year`, else the one running today). */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  const [states, participations, teamMembers] = await Promise.all([
    adminApi.states({ programYear: year?.id }, event),
    year ? adminApi.participations({ programYear: year.id }, event) : null,
    year ? adminApi.teamMembers({ programYear: year.id }, event) : null,
  ]);
  return { years, year, states: states.items, participations: participations?.items ?? [], teamMembers: teamMembers?.items ?? [] };
}) satisfies PageLoad;
