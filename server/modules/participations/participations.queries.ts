import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { assessments, calls, pairings, participations, plans, programYears, siteVisits, states, teamMembers } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';
import { nonZeroCounts } from '../program-years/record-counts.ts';

export interface ParticipationFilter {
  programYear?: string;
  state?: string;
  tier?: 'intensive' | 'light_touch';
  limit?: number;
  offset?: number;
}

const participationColumns = {
  id: participations.id,
  programYearId: participations.programYearId,
  programYearName: programYears.name,
  startsOn: programYears.startsOn,
  endsOn: programYears.endsOn,
  stateCode: participations.stateCode,
  stateName: states.name,
  tier: participations.tier,
  createdAt: participations.createdAt,
  updatedAt: participations.updatedAt,
  version: participations.version,
};

const withNames = (db: Db | Tx) =>
  db
    .select(participationColumns)
    .from(participations)
    .innerJoin(programYears, eq(programYears.id, participations.programYearId))
    .innerJoin(states, eq(states.code, participations.stateCode));

export type ParticipationView = Awaited<ReturnType<ReturnType<typeof withNames>['execute']>>[number];

export async function listParticipations(db: Db, actor: Actor, f: ParticipationFilter) {
  const where = allOf(
    inScope(participations.stateCode, actor),
    f.programYear ? eq(participations.programYearId, f.programYear) : undefined,
    f.state ? eq(participations.stateCode, f.state.toUpperCase()) : undefined,
    f.tier ? eq(participations.tier, f.tier) : undefined,
  );
  const rows = paginate(
    withNames(db).where(where).orderBy(desc(programYears.startsOn), asc(participations.stateCode)).$dynamic(),
    f,
  );
  return page(rows, countRows(db, participations, where));
}

export async function findParticipation(db: Db | Tx, id: string): Promise<ParticipationView | undefined> {
  const [row] = await withNames(db).where(eq(participations.id, id)).limit(1);
  return row;
}

/** What a state has recorded in a year, per kind, in one round trip (values as parameters, not correlated). */
export async function recordsOfStateInYear(tx: Tx, programYearId: string, stateCode: string) {
  const countOf = (table: typeof pairings | typeof teamMembers | typeof calls | typeof siteVisits | typeof assessments | typeof plans) =>
    sql<number>`(select count(*)::int from ${table} where ${table.programYearId} = ${programYearId} and ${table.stateCode} = ${stateCode})`;
  const [row] = await tx
    .select({
      pairings: countOf(pairings),
      'team members': countOf(teamMembers),
      calls: countOf(calls),
      'site visits': countOf(siteVisits),
      assessments: countOf(assessments),
      plans: countOf(plans),
    })
    .from(participations)
    .where(and(eq(participations.programYearId, programYearId), eq(participations.stateCode, stateCode)));
  return nonZeroCounts(row);
}
