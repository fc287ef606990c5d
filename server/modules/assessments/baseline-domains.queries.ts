import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { assessmentResponses, assessments, domains, indicators } from '../../../db/schema/index.ts';
import { runPrepared } from '../../lib/prepared.ts';
import { domainAggregates, ratingOfIndicator } from './assessments.queries.ts';

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
  const rows = await runPrepared(
    db,
    `baseline_domains_${stateCode ? 'state' : 'all'}`,
    (bind) =>
      db
        .select({
          assessmentId: assessments.id,
          stateCode: assessments.stateCode,
          key: domains.key,
          title: domains.title,
          position: domains.position,
          highest: sql<number | null>`max(${assessmentResponses.rating})::int`,
          ...domainAggregates,
        })
        .from(assessments)
        .innerJoin(domains, eq(domains.instrumentId, assessments.instrumentId))
        .leftJoin(indicators, eq(indicators.domainId, domains.id))
        .leftJoin(assessmentResponses, ratingOfIndicator)
        .where(
          and(
            eq(assessments.programYearId, bind('programYearId')),
            eq(assessments.kind, 'baseline'),
            stateCode ? eq(assessments.stateCode, bind('stateCode')) : undefined,
          ),
        )
        .groupBy(assessments.id, domains.id)
        .orderBy(asc(assessments.stateCode), asc(domains.position), asc(domains.key)),
    { programYearId, stateCode },
  );
  return rows.map((r) => ({ ...r, average: r.average === null ? null : Number(r.average), highest: r.highest === null ? null : Number(r.highest) }));
}
