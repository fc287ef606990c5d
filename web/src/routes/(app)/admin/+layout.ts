import type { LayoutLoad } from './$types';

/** Administration is for staff: the layout shows other roles the staff-only page, and no page loads data for them. */
export const load = (async ({ parent }) => {
  const { me } = await parent();
  return { staff: me.user.role === 'staff' };
}) satisfies LayoutLoad;
