import { adminApi } from '$lib/api-admin';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** State team members in the chosen year, with the states taking part and the accounts that could be linked. */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  if (!year) return { years, year, members: [], participations: [], users: [] };
  const [members, participations, users] = await Promise.all([
    adminApi.teamMembers({ programYear: year.id }, event),
    adminApi.participations({ programYear: year.id }, event),
    adminApi.users({}, event),
  ]);
  return {
    years,
    year,
    members: members.items,
    participations: participations.items.sort((a, b) => a.stateName.localeCompare(b.stateName)),
    users: users.items.filter((u) => u.stateCode),
  };
}) satisfies PageLoad;
