import { and, asc, count, eq, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { events, pairings, participations, plans, programYears, teamMembers, users } from '../../../db/schema/index.ts';
import { clashWindow } from '../../domain/rollover.ts';
import type { YearSpan } from '../../domain/timeline.ts';
import { activitiesOfYear } from './program-years.queries.ts';

/** What a year hands on to the next: its timeline, events, states, the coaches in place at its end, and teams. */
export async function recordsToCarry(db: Db | Tx, year: { id: string; endsOn: string }) {
  const [activities, eventRows, participationRows, pairingRows, memberRows, [planCount]] = await Promise.all([
    activitiesOfYear(db, year.id),
    db.select().from(events).where(eq(events.programYearId, year.id)).orderBy(asc(events.date), asc(events.id)),
    db.select().from(participations).where(eq(participations.programYearId, year.id)).orderBy(asc(participations.stateCode)),
    db
      .selectDistinct({ stateCode: pairings.stateCode, coachId: pairings.coachId, coachName: users.name })
      .from(pairings)
      .innerJoin(users, eq(users.id, pairings.coachId))
      // A coach who left mid-year, or whose account is closed, is not carried over.
      .where(and(eq(pairings.programYearId, year.id), or(isNull(pairings.endsOn), gte(pairings.endsOn, year.endsOn)), eq(users.active, true)))
      .orderBy(asc(pairings.stateCode), asc(users.name)),
    db.select().from(teamMembers).where(eq(teamMembers.programYearId, year.id)).orderBy(asc(teamMembers.stateCode), asc(teamMembers.name)),
    db.select({ value: count() }).from(plans).where(eq(plans.programYearId, year.id)),
  ]);
  return { activities, events: eventRows, participations: participationRows, pairings: pairingRows, teamMembers: memberRows, planCount: Number(planCount?.value ?? 0) };
}

/** A year other than the source that already is the next one: the same name, or dates that clash (see clashWindow). */
export async function existingNextYear(db: Db | Tx, sourceId: string, name: string, span: YearSpan) {
  const clash = clashWindow(span);
  const [row] = await db
    .select({ id: programYears.id, name: programYears.name, startsOn: programYears.startsOn, endsOn: programYears.endsOn })
    .from(programYears)
    .where(
      and(
        ne(programYears.id, sourceId),
        or(sql`lower(${programYears.name}) = lower(${name})`, and(lt(programYears.startsOn, clash.startsBefore), gte(programYears.endsOn, clash.endsOnOrAfter))),
      ),
    )
    .limit(1);
  return row;
}

export type CarriedRecords = Awaited<ReturnType<typeof recordsToCarry>>;
