import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { assessmentResponses, assessments, domains, indicators, instruments } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { preparedList } from '../../lib/prepared-list.ts';
import { runPrepared } from '../../lib/prepared.ts';
import { windowTotal } from '../../lib/records.ts';

export type AssessmentRow = typeof assessments.$inferSelect & { instrumentName: string; instrumentRevision: number };
export type ResponseRow = typeof assessmentResponses.$inferSelect;

export interface DomainScore {
  domainId: string;
  key: string;
  title: string;
  /** Mean rating to one decimal, null when no indicator of the domain is rated. */
  average: number | null;
  rated: number;
  indicators: number;
  priorities: number;
}

export interface AssessmentFilter {
  programYear?: string;
  state?: string;
  kind?: AssessmentRow['kind'];
  status?: AssessmentRow['status'];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const assessmentColumns = { assessment: assessments, instrumentName: instruments.name, instrumentRevision: instruments.revision };

const flatten = (rows: { assessment: typeof assessments.$inferSelect; instrumentName: string; instrumentRevision: number }[]): AssessmentRow[] =>
  rows.map((r) => ({ ...r.assessment, instrumentName: r.instrumentName, instrumentRevision: r.instrumentRevision }));

const selectAssessments = (db: Db | Tx) =>
  db.select(assessmentColumns).from(assessments).innerJoin(instruments, eq(instruments.id, assessments.instrumentId));

// The list's filters, in a fixed order.
const assessmentPage = preparedList('assessments_list', assessments, assessments.stateCode, [
  ['programYear', assessments.programYearId, eq],
  ['state', assessments.stateCode, eq],
  ['kind', assessments.kind, eq],
  ['status', assessments.status, eq],
  ['from', assessments.startedOn, gte],
  ['to', assessments.startedOn, lte],
]);

export function listAssessments(db: Db, actor: Actor, filter: AssessmentFilter) {
  return assessmentPage(
    db,
    actor,
    filter,
    (where) =>
      db
        .select({ ...assessmentColumns, total: windowTotal() })
        .from(assessments)
        .innerJoin(instruments, eq(instruments.id, assessments.instrumentId))
        .where(where)
        .orderBy(desc(assessments.startedOn), asc(assessments.stateCode), asc(assessments.id)),
    flatten,
  );
}

export async function findAssessment(db: Db | Tx, id: string): Promise<AssessmentRow | undefined> {
  return flatten(await selectAssessments(db).where(eq(assessments.id, id)).limit(1))[0];
}

/** The assessment of one kind for a state and year, if any. */
export async function findByKind(db: Db | Tx, programYearId: string, stateCode: string, kind: AssessmentRow['kind']) {
  return (await assessmentsOfStateYear(db, programYearId, stateCode)).find((a) => a.kind === kind);
}

/** A state's assessments of a year: its baseline and reassessment, at most one of each (a unique index). */
export async function assessmentsOfStateYear(db: Db | Tx, programYearId: string, stateCode: string) {
  const rows = await runPrepared(
    db,
    'assessments_of_state_year',
    (bind) => selectAssessments(db).where(and(eq(assessments.programYearId, bind('programYearId')), eq(assessments.stateCode, bind('stateCode')))),
    { programYearId, stateCode },
  );
  return flatten(rows);
}

/**
 * How one domain of one assessment was rated, over the rows of assessments × their instrument's domains × its
 * indicators, left-joined to the responses (`ratingOfIndicator`), grouped by assessment and domain.
 */
export const domainAggregates = {
  average: sql<number | null>`round(avg(${assessmentResponses.rating}), 1)::float8`,
  rated: sql<number>`count(${assessmentResponses.id})::int`,
  indicators: sql<number>`count(${indicators.id})::int`,
  priorities: sql<number>`(count(*) filter (where ${assessmentResponses.priority}))::int`,
};
export const ratingOfIndicator = and(eq(assessmentResponses.assessmentId, assessments.id), eq(assessmentResponses.indicatorId, indicators.id));

/** Per-domain averages, rated counts and priority counts of many assessments in one query, domains in order. */
export async function domainScoresOf(db: Db | Tx, assessmentIds: string[]): Promise<Map<string, DomainScore[]>> {
  const byAssessment = new Map<string, DomainScore[]>();
  if (assessmentIds.length === 0) return byAssessment;
  const rows = await runPrepared(
    db,
    'assessment_domain_scores',
    (bind) =>
      db
        .select({ assessmentId: assessments.id, domainId: domains.id, key: domains.key, title: domains.title, ...domainAggregates })
        .from(assessments)
        .innerJoin(domains, eq(domains.instrumentId, assessments.instrumentId))
        .leftJoin(indicators, eq(indicators.domainId, domains.id))
        .leftJoin(assessmentResponses, ratingOfIndicator)
        .where(sql`${assessments.id} = any(${bind('ids')})`)
        .groupBy(assessments.id, domains.id)
        .orderBy(asc(domains.position), asc(domains.key)),
    { ids: assessmentIds },
  );
  for (const { assessmentId, ...score } of rows) {
    const list = byAssessment.get(assessmentId) ?? [];
    list.push({ ...score, average: score.average === null ? null : Number(score.average) });
    byAssessment.set(assessmentId, list);
  }
  return byAssessment;
}

export function responsesOf(db: Db | Tx, assessmentId: string): Promise<ResponseRow[]> {
  return db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, assessmentId)).orderBy(asc(assessmentResponses.createdAt));
}

/** Which of these indicator ids belong to the instrument. */
export async function indicatorsOfInstrument(db: Db | Tx, instrumentId: string, indicatorIds: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .innerJoin(domains, eq(domains.id, indicators.domainId))
    .where(and(eq(domains.instrumentId, instrumentId), inArray(indicators.id, indicatorIds)));
  return new Set(rows.map((r) => r.id));
}
