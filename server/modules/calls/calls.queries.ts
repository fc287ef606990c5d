import { type SQLWrapper, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { actionItems, calls, users } from '../../../db/schema/index.ts';
import { type Actor, visibleStates } from '../../domain/access.ts';
import { preparedOnce, shapeOf } from '../../lib/prepared.ts';
import { allOf, countRows, pageCounted, windowTotal } from '../../lib/records.ts';
import { inStates } from '../../lib/scope-sql.ts';

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

/**
 * How a value goes into the statement: as a placeholder filled at execution (the prepared list) or as the value
 * itself (the count of a page past the end). Either way it is one parameter, an array included.
 */
type Bind = (name: string, value: unknown) => SQLWrapper;
const asPlaceholder: Bind = (name) => sql.placeholder(name);
// `sql.param`, not the bare value: inside `sql` a bare array would expand into a list of parameters.
const asValue: Bind = (_name, value) => sql.param(value);

/** The list's WHERE: which filters are present gives its shape, `bind` gives each value. */
function callConditions(visible: 'all' | string[], f: CallFilter, bind: Bind) {
  return allOf(
    inStates(calls.stateCode, visible, bind('states', visible)),
    f.programYear ? eq(calls.programYearId, bind('programYear', f.programYear)) : undefined,
    f.state ? eq(calls.stateCode, bind('state', f.state)) : undefined,
    f.from ? gte(calls.date, bind('from', f.from)) : undefined,
    f.to ? lte(calls.date, bind('to', f.to)) : undefined,
    f.status ? eq(calls.status, bind('status', f.status)) : undefined,
    f.kind ? eq(calls.kind, bind('kind', f.kind)) : undefined,
    f.coach ? eq(calls.coachId, bind('coach', f.coach)) : undefined,
  );
}

const flatten = (rows: { call: typeof calls.$inferSelect; coachName: string | null }[]): CallRow[] =>
  rows.map((r) => ({ ...r.call, coachName: r.coachName }));

// The filters a list request may carry, in a fixed order: which of them are present is the statement's shape.
const FILTERS = ['programYear', 'state', 'from', 'to', 'status', 'kind', 'coach'] as const;
const p = sql.placeholder;

/** The call list, one prepared statement per combination of filters (see `preparedOnce`). */
export async function listCalls(db: Db, actor: Actor, filter: CallFilter) {
  const visible = visibleStates(actor);
  const f = { ...filter, state: filter.state?.toUpperCase() };
  const statement = preparedOnce(db, `calls_list_${shapeOf(visible, f, FILTERS)}`, (name) =>
    db
      .select({ ...callColumns, total: windowTotal() })
      .from(calls)
      .leftJoin(users, eq(users.id, calls.coachId))
      .where(callConditions(visible, f, asPlaceholder))
      .orderBy(desc(calls.date), asc(calls.id))
      .limit(p('limit'))
      .offset(p('offset'))
      .prepare(name),
  );
  const rows = statement.execute({
    states: visible === 'all' ? undefined : visible,
    ...f,
    // The defaults the schemas declare.
    limit: f.limit ?? 50,
    offset: f.offset ?? 0,
  });
  return pageCounted(rows, flatten, f.offset, () => countRows(db, calls, callConditions(visible, f, asValue)));
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
