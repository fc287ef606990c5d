import { adminApi } from '$lib/api-admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** Every account (the filters are applied in the page, so that they are instant) and the states to choose from. */
export const load = (async (event) => {
  await requireStaff(event);
  const [users, states] = await Promise.all([adminApi.users({}, event), adminApi.states({}, event)]);
  return { users: users.items, states: states.items };
}) satisfies PageLoad;
