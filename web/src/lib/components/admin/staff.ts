/**
 * Administration is for TA project staff: every admin page's `load` asks `requireStaff` first, so that
 * nothing is fetched for other roles; the admin layout shows them the staff-only page instead.
 */
import { error } from '@sveltejs/kit';

export const STAFF_ONLY = 'Administration is for TA project staff.';

export async function requireStaff(event: { parent: () => Promise<{ staff: boolean }> }): Promise<void> {
  const { staff } = await event.parent();
  if (!staff) error(403, { message: STAFF_ONLY, status: 403 });
}
