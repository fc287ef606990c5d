import { asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { actionItems, calls, users } from '../../../db/schema/index.ts';
import { type Actor, visibleStates } from '../../domain/access.ts';
import { preparedOnce } from '../../lib/prepared.ts';
import { allOf, countRows, pageCounted, windowTotal } from '../../lib/records.ts';
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

// The filters a list request may carry, in a fixed order: which of them are present is the statement's shape.
const FILTERS = ['programYear', 'state', 'from', 'to', 'status', 'kind', 'coach'] as const;
const p = sql.placeholder;

/** The call list, one prepared statement per combination of filters (see `preparedOnce`). */
export async function listCalls(db: Db, actor: Actor, f: CallFilter) {
  const visible = visibleStates(actor);
  const shape = `${visible === 'all' ? 'a' : 's'}${FILTERS.map((k) => (f[k] ? '1' : '0')).join('')}`;
  const statement = preparedOnce(db, `calls_list_${shape}`, (name) =>
    db
      .select({ ...callColumns, total: windowTotal() })
      .from(calls)
      .leftJoin(users, eq(users.id, calls.coachId))
      .where(
        allOf(
          // One statement for any number of states: an array parameter, not a list of them.
          visible === 'all' ? undefined : sql`${calls.stateCode} = any(${p('states')})`,
          f.programYear ? eq(calls.programYearId, p('programYear')) : undefined,
          f.state ? eq(calls.stateCode, p('state')) : undefined,
          f.from ? gte(calls.date, p('from')) : undefined,
          f.to ? lte(calls.date, p('to')) : undefined,
          f.status ? eq(calls.status, p('status')) : undefined,
          f.kind ? eq(calls.kind, p('kind')) : undefined,
          f.coach ? eq(calls.coachId, p('coach')) : undefined,
        ),
      )
      .orderBy(desc(calls.date), asc(calls.id))
      .limit(p('limit'))
      .offset(p('offset'))
      .prepare(name),
  );
  const rows = statement.execute({
    states: visible === 'all' ? undefined : visible,
    ...f,
    state: f.state?.toUpperCase(),
    // The defaults the schemas declare.
    limit: f.limit ?? 50,
    offset: f.offset ?? 0,
  });
  return pageCounted(rows, flatten, f.offset, () => countRows(db, calls, callConditions(actor, f)));
}

export async function findCall(db: Db | Tx, id: string): Promise<CallRow | undefined> {
  const rows = await db.select(callColumns).from(calls).leftJoin(users, eq(users.id, calls.coachId)).where(eq(calls.id, id)).limit(1);
  return flatten(rows)[0];
}

/** Action items of many calls in one query, grouped by call. */
export async function actionItemsOfCalls(db: Db, callIds: string[]): Promise<Map<string, ActionItemRow[]>> {
  const byCall = new Map<string, ActionItemRow[]>();
  if (callIds.length === 0) return byCall;
  const statement = preparedOnce(db, 'action_items_of_calls', (name) =>
    db
      .select()
      .from(actionItems)
      .where(sql`${actionItems.callId} = any(${p('ids')})`)
      .orderBy(asc(actionItems.position), asc(actionItems.createdAt))
      .prepare(name),
  );
  for (const row of await statement.execute({ ids: callIds })) {
    const list = byCall.get(row.callId as string) ?? [];
    list.push(row);
    byCall.set(row.callId as string, list);
  }
  return byCall;
}
