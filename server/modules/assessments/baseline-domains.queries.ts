import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { assessmentResponses, assessments, domains, indicators } from '../../../db/schema/index.ts';

/** One domain of one state's baseline assessment: how it was rated and whether any indicator is a priority. */
export interface BaselineDomain {
  assessmentId: string;
  stateCode: string;
  key: string;
  title: string;
  position: number;
  /** Mean rating to one decimal; null when nothing in the domain is rated. */
  average: number | null;
  /** Highest rating given in the domain; null when nothing is rated. */
  highest: number | null;
  rated: number;
  indicators: number;
  priorities: number;
}

/**
 * Per-domain results of the baseline assessments of a year (of one state, when given), in one query. The
 * baseline is where priorities for development are set in the fall; plans, matches and agendas follow it.
 */
export async function baselineDomains(db: Db | Tx, programYearId: string, stateCode?: string): Promise<BaselineDomain[]> {
  const rows = await db
    .select({
      assessmentId: assessments.id,
      stateCode: assessments.stateCode,
      key: domains.key,
      title: domains.title,
      position: domains.position,
      average: sql<number | null>`round(avg(${assessmentResponses.rating}), 1)::float8`,
      highest: sql<number | null>`max(${assessmentResponses.rating})::int`,
      rated: sql<number>`count(${assessmentResponses.id})::int`,
      indicators: sql<number>`count(${indicators.id})::int`,
      priorities: sql<number>`(count(*) filter (where ${assessmentResponses.priority}))::int`,
    })
    .from(assessments)
    .innerJoin(domains, eq(domains.instrumentId, assessments.instrumentId))
    .leftJoin(indicators, eq(indicators.domainId, domains.id))
    .leftJoin(assessmentResponses, and(eq(assessmentResponses.assessmentId, assessments.id), eq(assessmentResponses.indicatorId, indicators.id)))
    .where(
      and(
        eq(assessments.programYearId, programYearId),
        eq(assessments.kind, 'baseline'),
        stateCode ? eq(assessments.stateCode, stateCode) : undefined,
      ),
    )
    .groupBy(assessments.id, domains.id)
    .orderBy(asc(assessments.stateCode), asc(domains.position), asc(domains.key));
  return rows.map((r) => ({ ...r, average: r.average === null ? null : Number(r.average), highest: r.highest === null ? null : Number(r.highest) }));
}
