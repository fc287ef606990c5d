import { adminApi } from '$lib/api-admin';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** The overview: how many of each thing there is, for the year running today (or the one in the URL). */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  const programYear = year?.id ?? null;
  const [detail, states, users, pairings, teamMembers, events, mentoring, audit] = await Promise.all([
    year ? adminApi.year(year.id, event) : null,
    adminApi.states({ programYear }, event),
    adminApi.users({}, event),
    year ? adminApi.pairings({ programYear }, event) : null,
    year ? adminApi.teamMembers({ programYear }, event) : null,
    year ? adminApi.events({ programYear }, event) : null,
    year ? adminApi.mentoringPairs({ programYear }, event) : null,
    adminApi.audit({ limit: 1 }, event),
  ]);
  return {
    years,
    year,
    counts: {
      years: years.length,
      states: states.total,
      participating: states.items.filter((s) => s.tier).length,
      intensive: states.items.filter((s) => s.tier === 'intensive').length,
      users: users.items.filter((u) => u.active).length,
      inactiveUsers: users.items.filter((u) => !u.active).length,
      pairings: pairings?.total ?? 0,
      teamMembers: teamMembers?.total ?? 0,
      events: events?.total ?? 0,
      mentoring: mentoring?.total ?? 0,
      audit: audit.total,
      activities: detail?.activities.length ?? 0,
    },
  };
}) satisfies PageLoad;
