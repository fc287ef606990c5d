import { adminApi } from '$lib/api-admin';
import { AUDIT_PAGE_SIZE, readAuditFilters } from '$lib/admin';
import { requireStaff } from '$lib/components/admin/staff';
import type { PageLoad } from './$types';

/** One page of the audit trail, newest first, filtered on the server (it grows with every write). */
export const load = (async (event) => {
  await requireStaff(event);
  const filters = readAuditFilters(event.url.searchParams);
  const [entries, states] = await Promise.all([
    adminApi.audit(
      {
        entity: filters.entity,
        entityId: filters.entityId,
        state: filters.state,
        from: filters.from,
        to: filters.to,
        limit: AUDIT_PAGE_SIZE,
        offset: filters.offset || null,
      },
      event,
    ),
    adminApi.states({}, event),
  ]);
  return { filters, entries: entries.items, total: entries.total, states: states.items };
}) satisfies PageLoad;
