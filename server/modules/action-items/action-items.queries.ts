import { type SQL, and, asc, count, eq, gt, gte, ilike, lt, lte, or, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../db/client.ts';
import { actionItems, calls, pairings, siteVisits, states } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { runPrepared } from '../../lib/prepared.ts';
import { allOf, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type ActionItemRow = typeof actionItems.$inferSelect;
export type ParentKind = 'call' | 'site_visit';
export type ParentRef = { callId: string } | { siteVisitId: string };
export type ActionItemView = ActionItemRow & { programYearId: string; parentKind: ParentKind; parentId: string; parentDate: string | null };
export interface ItemInput {
  description: string;
  owner?: string;
  dueOn?: string | null;
  done?: boolean;
}

export interface ActionItemFilter {
  programYear?: string;
  state?: string;
  done?: boolean;
  owner?: string;
  dueBefore?: string;
  dueAfter?: string;
  dueFrom?: string;
  dueTo?: string;
  /** Items of the states this coach is paired with in the item's year. */
  coach?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/** An item has exactly one parent (a CHECK says so); these read the parent's year, kind, id and day. */
const viewColumns = {
  item: actionItems,
  programYearId: sql<string>`coalesce(${calls.programYearId}, ${siteVisits.programYearId})`,
  parentKind: sql<ParentKind>`case when ${actionItems.callId} is not null then 'call' else 'site_visit' end`,
  parentId: sql<string>`coalesce(${actionItems.callId}, ${actionItems.siteVisitId})`,
  parentDate: sql<string | null>`coalesce(${calls.date}, ${siteVisits.startsOn})`,
};

/** Joins each item to its call or visit (one of the two is null). */
const withParents = <Q extends PgSelect>(query: Q) =>
  query.leftJoin(calls, eq(calls.id, actionItems.callId)).leftJoin(siteVisits, eq(siteVisits.id, actionItems.siteVisitId));

const selectViews = (db: Db | Tx) => withParents(db.select(viewColumns).from(actionItems).$dynamic());

const flatten = (rows: (Omit<ActionItemView, keyof ActionItemRow> & { item: ActionItemRow })[]): ActionItemView[] =>
  rows.map(({ item, ...parent }) => ({ ...item, ...parent }));

/** LIKE treats % and _ as wildcards; a search for "50%" means the text. */
const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Today in each state's calendar, by state code (see `todayIn`). */
export type StateTodays = ReadonlyMap<string, IsoDate>;

/** Every state's time zone: a handful of rows, read once per request. */
export async function stateTimeZones(db: Db | Tx): Promise<{ code: string; timeZone: string }[]> {
  return db.select({ code: states.code, timeZone: states.timeZone }).from(states);
}

/** Not done and due before today in the item's state: the same rule as `isActionItemOverdue`, as SQL. */
function overdueCondition(overdue: boolean | undefined, todays: StateTodays): SQL | undefined {
  if (overdue === undefined) return undefined;
  const pastDue = or(...[...todays].map(([code, day]) => and(eq(actionItems.stateCode, code), lt(actionItems.dueOn, day)))) ?? sql`false`;
  const late = and(eq(actionItems.done, false), pastDue) as SQL;
  return overdue ? late : sql`not coalesce(${late}, false)`;
}

const pairedWithCoach = (coachId: string) =>
  sql`exists (select 1 from ${pairings} where ${pairings.coachId} = ${coachId} and ${pairings.stateCode} = ${actionItems.stateCode}
    and ${pairings.programYearId} = coalesce(${calls.programYearId}, ${siteVisits.programYearId}))`;

function itemConditions(actor: Actor, f: ActionItemFilter, todays: StateTodays) {
  return allOf(
    inScope(actionItems.stateCode, actor),
    f.programYear ? or(eq(calls.programYearId, f.programYear), eq(siteVisits.programYearId, f.programYear)) : undefined,
    f.state ? eq(actionItems.stateCode, f.state.toUpperCase()) : undefined,
    f.done === undefined ? undefined : eq(actionItems.done, f.done),
    f.owner ? ilike(actionItems.owner, likeEscaped(f.owner)) : undefined,
    f.dueBefore ? lt(actionItems.dueOn, f.dueBefore) : undefined,
    f.dueAfter ? gt(actionItems.dueOn, f.dueAfter) : undefined,
    f.dueFrom ? gte(actionItems.dueOn, f.dueFrom) : undefined,
    f.dueTo ? lte(actionItems.dueOn, f.dueTo) : undefined,
    f.coach ? pairedWithCoach(f.coach) : undefined,
    overdueCondition(f.overdue, todays),
  );
}

export async function listActionItems(db: Db, actor: Actor, f: ActionItemFilter, todays: StateTodays) {
  const where = itemConditions(actor, f, todays);
  const rows = paginate(
    selectViews(db)
      .where(where)
      .orderBy(sql`${actionItems.dueOn} asc nulls last`, asc(actionItems.createdAt), asc(actionItems.id))
      .$dynamic(),
    f,
  );
  return page(rows.then(flatten), withParents(db.select({ value: count() }).from(actionItems).$dynamic()).where(where));
}

export async function findActionItem(db: Db | Tx, id: string): Promise<ActionItemView | undefined> {
  return flatten(await selectViews(db).where(eq(actionItems.id, id)).limit(1))[0];
}

/**
 * Items of many calls or visits in one query, grouped by parent, in the order they were written. The ids go in
 * as one array, so one statement per parent serves every list.
 */
export async function actionItemsOf(db: Db | Tx, parent: 'callId' | 'siteVisitId', parentIds: string[]): Promise<Map<string, ActionItemRow[]>> {
  const grouped = new Map<string, ActionItemRow[]>();
  if (parentIds.length === 0) return grouped;
  const rows = await runPrepared(
    db,
    `action_items_of_${parent}`,
    (bind) =>
      db
        .select()
        .from(actionItems)
        .where(sql`${actionItems[parent]} = any(${bind('ids')})`)
        .orderBy(asc(actionItems.position), asc(actionItems.createdAt)),
    { ids: parentIds },
  );
  for (const row of rows) {
    const key = row[parent] as string;
    const list = grouped.get(key);
    if (list) list.push(row);
    else grouped.set(key, [row]);
  }
  return grouped;
}

/** Appends items to a call or visit, after the ones it has. */
export async function insertActionItems(tx: Tx, parent: ParentRef, stateCode: string, inputs: ItemInput[]) {
  if (inputs.length === 0) return [];
  const parentColumn = 'callId' in parent ? eq(actionItems.callId, parent.callId) : eq(actionItems.siteVisitId, parent.siteVisitId);
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${actionItems.position}), -1)::int + 1` })
    .from(actionItems)
    .where(parentColumn);
  return tx
    .insert(actionItems)
    .values(inputs.map((input, i) => ({ ...input, ...parent, stateCode, position: Number(next) + i })))
    .returning();
}

/** The parent a new item names: its state and year, or undefined when there is no such call or visit. */
export async function findParent(db: Db | Tx, parent: ParentRef) {
  const table = 'callId' in parent ? calls : siteVisits;
  const id = 'callId' in parent ? parent.callId : parent.siteVisitId;
  const [row] = await db
    .select({ stateCode: table.stateCode, programYearId: table.programYearId })
    .from(table)
    .where(eq(table.id, id))
    .limit(1);
  return row;
}
