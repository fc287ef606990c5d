import { asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { siteVisits, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, pageCounted, paginate, windowTotal } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

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

export async function listVisits(db: Db, actor: Actor, f: VisitFilter) {
  const where = allOf(
    inScope(siteVisits.stateCode, actor),
    f.programYear ? eq(siteVisits.programYearId, f.programYear) : undefined,
    f.state ? eq(siteVisits.stateCode, f.state.toUpperCase()) : undefined,
    f.from ? gte(siteVisits.startsOn, f.from) : undefined,
    f.to ? lte(siteVisits.startsOn, f.to) : undefined,
    f.status ? eq(siteVisits.status, f.status) : undefined,
  );
  // Undated (proposed) visits come after the dated ones.
  const rows = paginate(
    db
      .select({ ...visitColumns, total: windowTotal() })
      .from(siteVisits)
      .leftJoin(users, eq(users.id, siteVisits.coachId))
      .where(where)
      .orderBy(sql`${siteVisits.startsOn} asc nulls last`, asc(siteVisits.number), asc(siteVisits.id))
      .$dynamic(),
    f,
  );
  return pageCounted(rows, flatten, f.offset, () => countRows(db, siteVisits, where));
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
