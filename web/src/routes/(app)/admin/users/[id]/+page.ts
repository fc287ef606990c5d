import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

export const load = (async (event) => {
  await requireStaff(event);
  const [user, states] = await Promise.all([adminApi.user(event.params.id, event), adminApi.states({}, event)]);
  return { user, states: states.items };
}) satisfies PageLoad;
