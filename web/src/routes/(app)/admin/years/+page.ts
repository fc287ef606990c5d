import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** Every program year (newest first); the text filter is applied in the page. */
export const load = (async (event) => {
  await requireStaff(event);
  const years = await adminApi.years(event);
  return { years: years.items };
}) satisfies PageLoad;
