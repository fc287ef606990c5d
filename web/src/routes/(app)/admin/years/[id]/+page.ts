import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** One program year with its timeline activities; the kind filter is applied in the page. */
export const load = (async (event) => {
  await requireStaff(event);
  const year = await adminApi.year(event.params.id, event);
  return { year };
}) satisfies PageLoad;
