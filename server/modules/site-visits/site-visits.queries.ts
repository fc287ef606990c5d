import { asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { siteVisits, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { preparedList } from '../../lib/prepared-list.ts';
import { allOf, windowTotal } from '../../lib/records.ts';

export type VisitRow = typeof siteVisits.$inferSelect & { coachName: string | null };

export interface VisitFilter {
  programYear?: string;
  state?: string;
  from?: string;
  to?: string;
  status?: VisitRow['status'];
  limit?: number;
  offset?: number;
}

const visitColumns = { visit: siteVisits, coachName: users.name };

const selectVisits = (db: Db | Tx) => db.select(visitColumns).from(siteVisits).leftJoin(users, eq(users.id, siteVisits.coachId)).$dynamic();

const flatten = (rows: { visit: typeof siteVisits.$inferSelect; coachName: string | null }[]): VisitRow[] =>
  rows.map((r) => ({ ...r.visit, coachName: r.coachName }));

// The list's filters, in a fixed order.
const visitPage = preparedList('visits_list', siteVisits, siteVisits.stateCode, [
  ['programYear', siteVisits.programYearId, eq],
  ['state', siteVisits.stateCode, eq],
  ['from', siteVisits.startsOn, gte],
  ['to', siteVisits.startsOn, lte],
  ['status', siteVisits.status, eq],
]);

export function listVisits(db: Db, actor: Actor, filter: VisitFilter) {
  return visitPage(
    db,
    actor,
    filter,
    (where) =>
      db
        .select({ ...visitColumns, total: windowTotal() })
        .from(siteVisits)
        .leftJoin(users, eq(users.id, siteVisits.coachId))
        .where(where)
        // Undated (proposed) visits come after the dated ones.
        .orderBy(sql`${siteVisits.startsOn} asc nulls last`, asc(siteVisits.number), asc(siteVisits.id)),
    flatten,
  );
}

export async function findVisit(db: Db | Tx, id: string): Promise<VisitRow | undefined> {
  return flatten(await selectVisits(db).where(eq(siteVisits.id, id)).limit(1))[0];
}

/** The live (not cancelled) visit of a state and year with a number, other than `exceptId`. */
export async function liveVisitWithNumber(tx: Tx, v: { programYearId: string; stateCode: string; number: number }, exceptId?: string) {
  const [row] = await tx
    .select({ id: siteVisits.id })
    .from(siteVisits)
    .where(
      allOf(
        eq(siteVisits.programYearId, v.programYearId),
        eq(siteVisits.stateCode, v.stateCode),
        eq(siteVisits.number, v.number),
        ne(siteVisits.status, 'cancelled'),
        exceptId ? ne(siteVisits.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}
