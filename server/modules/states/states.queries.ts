import { and, asc, desc, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { pairings, participations, plans, programYears, states, teamMembers, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { ValidationError } from '../../errors.ts';
import { runPrepared } from '../../lib/prepared.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';
import { nonZeroCounts } from '../program-years/record-counts.ts';

export type StateRow = typeof states.$inferSelect;

export interface StateFilter {
  q?: string;
  limit?: number;
  offset?: number;
}

/** The year a list is shown for and the day whose pairings count as "current" in it. */
export interface YearOnDay {
  programYearId: string;
  day: IsoDate;
}

/** LIKE patterns take the user's text literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function findState(db: Db | Tx, code: string): Promise<StateRow | undefined> {
  const [row] = await runPrepared(db, 'find_state', (bind) => db.select().from(states).where(eq(states.code, bind('code'))).limit(1), { code });
  return row;
}

/** The state a write refers to, or a 400 naming the field. */
export async function requireStateExists(db: Db | Tx, code: string, field = 'stateCode') {
  const state = await findState(db, code);
  if (!state) throw new ValidationError(`${field}: no such state ${code}`);
  return state;
}

/**
 * The actor's states, and for a year each one's tier and the coaches whose pairing covers the day: one
 * statement (a join for the tier, a correlated aggregate for the coaches), not a query per state. The join
 * also makes drizzle qualify every column, which the correlated subquery needs.
 */
export async function listStates(db: Db, actor: Actor, f: StateFilter, year?: YearOnDay) {
  const where = allOf(inScope(states.code, actor), f.q ? or(ilike(states.name, containing(f.q)), ilike(states.code, containing(f.q))) : undefined);
  const total = countRows(db, states, where);
  if (!year) return page(paginate(db.select().from(states).where(where).orderBy(asc(states.code)).$dynamic(), f), total);
  const coaches = sql<{ id: string; name: string }[]>`coalesce((
    select json_agg(json_build_object('id', ${users.id}, 'name', ${users.name}) order by ${pairings.startsOn}, ${users.name})
    from ${pairings} join ${users} on ${users.id} = ${pairings.coachId}
    where ${pairings.stateCode} = ${states.code} and ${pairings.programYearId} = ${year.programYearId}
      and ${pairings.startsOn} <= ${year.day} and (${pairings.endsOn} is null or ${pairings.endsOn} >= ${year.day})
  ), '[]'::json)`;
  const rows = db
    .select({
      code: states.code,
      name: states.name,
      timeZone: states.timeZone,
      createdAt: states.createdAt,
      updatedAt: states.updatedAt,
      version: states.version,
      tier: participations.tier,
      coaches,
    })
    .from(states)
    .leftJoin(participations, and(eq(participations.stateCode, states.code), eq(participations.programYearId, year.programYearId)))
    .where(where)
    .orderBy(asc(states.code))
    .$dynamic();
  return page(paginate(rows, f), total);
}

export function participationsOfState(db: Db, code: string) {
  return runPrepared(
    db,
    'participations_of_state',
    (bind) =>
      db
        .select({
          id: participations.id,
          programYearId: participations.programYearId,
          programYearName: programYears.name,
          startsOn: programYears.startsOn,
          endsOn: programYears.endsOn,
          tier: participations.tier,
          planId: plans.id,
        })
        .from(participations)
        .innerJoin(programYears, eq(programYears.id, participations.programYearId))
        .leftJoin(plans, and(eq(plans.programYearId, participations.programYearId), eq(plans.stateCode, participations.stateCode)))
        .where(eq(participations.stateCode, bind('code')))
        .orderBy(desc(programYears.startsOn)),
    { code },
  );
}

export function pairingsOfState(db: Db, code: string) {
  return runPrepared(
    db,
    'pairings_of_state',
    (bind) =>
      db
        .select({
          id: pairings.id,
          programYearId: pairings.programYearId,
          coachId: pairings.coachId,
          coachName: users.name,
          startsOn: pairings.startsOn,
          endsOn: pairings.endsOn,
        })
        .from(pairings)
        .innerJoin(users, eq(users.id, pairings.coachId))
        .where(eq(pairings.stateCode, bind('code')))
        .orderBy(desc(pairings.startsOn)),
    { code },
  );
}

export function teamMembersOfState(db: Db, code: string) {
  return runPrepared(
    db,
    'team_members_of_state',
    (bind) =>
      db
        .select(getTableColumns(teamMembers))
        .from(teamMembers)
        .innerJoin(programYears, eq(programYears.id, teamMembers.programYearId))
        .where(eq(teamMembers.stateCode, bind('code')))
        .orderBy(desc(programYears.startsOn), desc(teamMembers.isLead), asc(teamMembers.name)),
    { code },
  );
}

/** What keeps a state from being deleted: the years it took part in and its users' accounts. */
export async function recordsOfState(tx: Tx, code: string) {
  const [row] = await tx
    .select({
      participations: sql<number>`(select count(*)::int from ${participations} where ${participations.stateCode} = ${code})`,
      users: sql<number>`(select count(*)::int from ${users} where ${users.stateCode} = ${code})`,
    })
    .from(states)
    .where(eq(states.code, code));
  return nonZeroCounts(row);
}
