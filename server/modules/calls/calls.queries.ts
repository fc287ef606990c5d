import { asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { calls, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { preparedList } from '../../lib/prepared-list.ts';
import { windowTotal } from '../../lib/records.ts';

export type CallRow = typeof calls.$inferSelect & { coachName: string | null };

export interface CallFilter {
  programYear?: string;
  state?: string;
  from?: string;
  to?: string;
  status?: CallRow['status'];
  kind?: CallRow['kind'];
  coach?: string;
  limit?: number;
  offset?: number;
}

const callColumns = { call: calls, coachName: users.name };

const flatten = (rows: { call: typeof calls.$inferSelect; coachName: string | null }[]): CallRow[] =>
  rows.map((r) => ({ ...r.call, coachName: r.coachName }));

// The list's filters, in a fixed order.
const callPage = preparedList('calls_list', calls, calls.stateCode, [
  ['programYear', calls.programYearId, eq],
  ['state', calls.stateCode, eq],
  ['from', calls.date, gte],
  ['to', calls.date, lte],
  ['status', calls.status, eq],
  ['kind', calls.kind, eq],
  ['coach', calls.coachId, eq],
]);

export function listCalls(db: Db, actor: Actor, filter: CallFilter) {
  return callPage(
    db,
    actor,
    filter,
    (where) =>
      db
        .select({ ...callColumns, total: windowTotal() })
        .from(calls)
        .leftJoin(users, eq(users.id, calls.coachId))
        .where(where)
        .orderBy(desc(calls.date), asc(calls.id)),
    flatten,
  );
}

export async function findCall(db: Db | Tx, id: string): Promise<CallRow | undefined> {
  const rows = await db.select(callColumns).from(calls).leftJoin(users, eq(users.id, calls.coachId)).where(eq(calls.id, id)).limit(1);
  return flatten(rows)[0];
}
