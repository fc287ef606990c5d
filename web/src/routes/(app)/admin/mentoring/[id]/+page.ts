import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** One mentoring pair with its exchanges in date order, and its year. */
export const load = (async (event) => {
  await requireStaff(event);
  const pair = await adminApi.mentoringPair(event.params.id, event);
  const year = await adminApi.year(pair.programYearId, event);
  return { pair, year };
}) satisfies PageLoad;
