import { type SQL, and, asc, count, desc, eq, gt, gte, lt, lte, or, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../db/client.ts';
import { calls, events, pairings, participations, programYears, siteVisits, timelineActivities } from '../../../db/schema/index.ts';
import type { YearSpan } from '../../domain/timeline.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { nonZeroCounts } from './record-counts.ts';

export type ActivityRow = typeof timelineActivities.$inferSelect;

export interface YearFilter {
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Every signed-in role reads every year: years belong to no state. Newest first. */
export async function listYears(db: Db, f: YearFilter) {
  const where = allOf(f.from ? gte(programYears.endsOn, f.from) : undefined, f.to ? lte(programYears.startsOn, f.to) : undefined);
  const rows = paginate(db.select().from(programYears).where(where).orderBy(desc(programYears.startsOn), asc(programYears.id)).$dynamic(), f);
  return page(rows, countRows(db, programYears, where));
}

export async function findYear(db: Db | Tx, id: string) {
  const [row] = await db.select().from(programYears).where(eq(programYears.id, id)).limit(1);
  return row;
}

export function activitiesOfYear(db: Db | Tx, programYearId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(timelineActivities)
    .where(eq(timelineActivities.programYearId, programYearId))
    .orderBy(asc(timelineActivities.startsOn), asc(timelineActivities.position), asc(timelineActivities.createdAt));
}

export async function findActivity(db: Db | Tx, id: string): Promise<ActivityRow | undefined> {
  const [row] = await db.select().from(timelineActivities).where(eq(timelineActivities.id, id)).limit(1);
  return row;
}

export async function nextActivityPosition(tx: Tx, programYearId: string): Promise<number> {
  const [row] = await tx
    .select({ value: sql<number>`coalesce(max(${timelineActivities.position}) + 1, 0)::int` })
    .from(timelineActivities)
    .where(eq(timelineActivities.programYearId, programYearId));
  return Number(row?.value ?? 0);
}

export async function countParticipations(db: Db | Tx, programYearId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(participations).where(eq(participations.programYearId, programYearId));
  return Number(row?.value ?? 0);
}

/**
 * How many dated records of a year would fall outside a new span, per kind, in one round trip: the year
 * may not be shrunk past its own timeline, pairings, calls, site visits or events. (The subqueries take the
 * year as a parameter: drizzle leaves columns in a single-table select list unqualified, so correlating
 * them with the outer row would silently compare the inner table with itself.)
 */
export async function recordsOutside(tx: Tx, programYearId: string, span: YearSpan) {
  const out = (...days: AnyPgColumn[]) => or(...days.map((day) => or(lt(day, span.startsOn), gt(day, span.endsOn))));
  const countOf = (table: PgTable, yearColumn: AnyPgColumn, outside: SQL | undefined) =>
    sql<number>`(select count(*)::int from ${table} where ${and(eq(yearColumn, programYearId), outside)})`;
  const [row] = await tx
    .select({
      'timeline activities': countOf(
        timelineActivities,
        timelineActivities.programYearId,
        out(timelineActivities.startsOn, timelineActivities.endsOn, timelineActivities.dueOn),
      ),
      pairings: countOf(pairings, pairings.programYearId, out(pairings.startsOn, pairings.endsOn)),
      calls: countOf(calls, calls.programYearId, out(calls.date)),
      'site visits': countOf(siteVisits, siteVisits.programYearId, out(siteVisits.startsOn, siteVisits.endsOn)),
      events: countOf(events, events.programYearId, out(events.date)),
    })
    .from(programYears)
    .where(eq(programYears.id, programYearId));
  return nonZeroCounts(row);
}
