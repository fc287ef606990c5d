import { adminApi } from '$lib/api-admin';
import { mentoringSuggestions } from '$lib/api-mentoring-suggestions';
import { pickYear, todayIso } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** The chosen year's peer-mentoring pairs and the states that could be paired. */
export const load = (async (event) => {
  await requireStaff(event);
  const years = (await adminApi.years(event)).items;
  const year = pickYear(years, event.url.searchParams.get('year'), todayIso());
  if (!year) return { years, year, pairs: [], participations: [], suggestions: [] };
  const [pairs, participations, suggestions] = await Promise.all([
    adminApi.mentoringPairs({ programYear: year.id }, event),
    adminApi.participations({ programYear: year.id }, event),
    mentoringSuggestions(year.id, event),
  ]);
  return {
    years,
    year,
    pairs: pairs.items,
    participations: participations.items.sort((a, b) => a.stateName.localeCompare(b.stateName)),
    suggestions: suggestions.items,
  };
}) satisfies PageLoad;
