import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** One event with its year and the states taking part in it, for the attendance grid. */
export const load = (async (event) => {
  await requireStaff(event);
  const programEvent = await adminApi.event(event.params.id, event);
  const [year, participations] = await Promise.all([
    adminApi.year(programEvent.programYearId, event),
    adminApi.participations({ programYear: programEvent.programYearId }, event),
  ]);
  return { event: programEvent, year, participations: participations.items };
}) satisfies PageLoad;
