import { asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { actionItems, calls, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, pageCounted, paginate, windowTotal } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type CallRow = typeof calls.$inferSelect & { coachName: string | null };
export type ActionItemRow = typeof actionItems.$inferSelect;

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

function callConditions(actor: Actor, f: CallFilter) {
  return allOf(
    inScope(calls.stateCode, actor),
    f.programYear ? eq(calls.programYearId, f.programYear) : undefined,
    f.state ? eq(calls.stateCode, f.state.toUpperCase()) : undefined,
    f.from ? gte(calls.date, f.from) : undefined,
    f.to ? lte(calls.date, f.to) : undefined,
    f.status ? eq(calls.status, f.status) : undefined,
    f.kind ? eq(calls.kind, f.kind) : undefined,
    f.coach ? eq(calls.coachId, f.coach) : undefined,
  );
}

const flatten = (rows: { call: typeof calls.$inferSelect; coachName: string | null }[]): CallRow[] =>
  rows.map((r) => ({ ...r.call, coachName: r.coachName }));

export async function listCalls(db: Db, actor: Actor, f: CallFilter) {
  const where = callConditions(actor, f);
  const rows = paginate(
    db
      .select({ ...callColumns, total: windowTotal() })
      .from(calls)
      .leftJoin(users, eq(users.id, calls.coachId))
      .where(where)
      .orderBy(desc(calls.date), asc(calls.id))
      .$dynamic(),
    f,
  );
  return pageCounted(rows, flatten, f.offset, () => countRows(db, calls, where));
}

export async function findCall(db: Db | Tx, id: string): Promise<CallRow | undefined> {
  const rows = await db.select(callColumns).from(calls).leftJoin(users, eq(users.id, calls.coachId)).where(eq(calls.id, id)).limit(1);
  return flatten(rows)[0];
}

/** Action items of many calls in one query, grouped by call. */
export async function actionItemsOfCalls(db: Db | Tx, callIds: string[]): Promise<Map<string, ActionItemRow[]>> {
  const byCall = new Map<string, ActionItemRow[]>();
  if (callIds.length === 0) return byCall;
  const rows = await db
    .select()
    .from(actionItems)
    .where(inArray(actionItems.callId, callIds))
    .orderBy(asc(actionItems.position), asc(actionItems.createdAt));
  for (const row of rows) {
    const list = byCall.get(row.callId as string) ?? [];
    list.push(row);
    byCall.set(row.callId as string, list);
  }
  return byCall;
}
