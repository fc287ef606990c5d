import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api-errors';
import { previewRollover } from '$lib/api-rollover';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/**
 * What starting the next year from this one will create. A 409 (the next year already exists) is part of
 * the page, with its reason; any other failure is the error page.
 */
export const load = (async (event) => {
  await requireStaff(event);
  try {
    return { preview: await previewRollover(event.params.id), conflict: null };
  } catch (thrown) {
    if (thrown instanceof ApiError && thrown.status === 409) return { preview: null, conflict: thrown.message };
    if (thrown instanceof ApiError) error(thrown.status === 0 ? 503 : thrown.status, { message: thrown.message, status: thrown.status });
    throw thrown;
  }
}) satisfies PageLoad;
