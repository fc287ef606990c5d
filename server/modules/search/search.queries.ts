import { type SQL, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import {
  actionItems,
  assessmentResponses,
  assessments,
  calls,
  domains,
  goals,
  indicators,
  milestoneUpdates,
  milestones,
  planComments,
  plans,
  siteVisits,
  states,
} from '../../../db/schema/index.ts';
import { searchDocument, searchVector } from '../../../db/schema/search-text.ts';
import { type Actor, seesCoachNotes } from '../../domain/access.ts';
import { allOf } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';
import type { SearchKind } from './search.schemas.ts';

export interface SearchFilter {
  q: string;
  programYear?: string;
  state?: string;
  kind?: SearchKind;
  limit?: number;
  offset?: number;
}

/** Which page shows a hit: a call, a visit, an assessment, or the state's plan. */
export type LinkKind = 'call' | 'site_visit' | 'assessment' | 'plan';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  stateCode: string;
  programYearId: string;
  day: string | null;
  title: string;
  headline: string;
  rank: number;
  linkKind: LinkKind;
  linkId: string;
  anchor: string | null;
}

/**
 * The columns each source searches. They are the very lists the GIN indexes in db/schema were built from:
 * the planner uses an expression index only for an identical expression (a unit test compares them).
 */
export const searchedColumns = {
  call: [calls.agenda, calls.notes, calls.progress, calls.challenges, calls.smeRequests],
  call_coach_notes: [calls.coachNotes],
  site_visit: [siteVisits.purpose, siteVisits.summary],
  visit_coach_notes: [siteVisits.coachNotes],
  action_item: [actionItems.description, actionItems.owner],
  milestone_update: [milestoneUpdates.comment],
  plan_comment: [planComments.body],
  assessment_evidence: [assessmentResponses.evidence],
} satisfies Record<SearchKind, AnyPgColumn[]>;

/** Headline markers no one types: the service splits on them, so no record text is ever read as markup. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
const headlineOptions = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

interface Branch {
  kind: SearchKind;
  /** The select list after kind, vector and body: id, state_code, program_year_id, day, title, link_kind, link_id, anchor. */
  columns: SQL;
  from: SQL;
  stateColumn: AnyPgColumn;
  yearColumn: AnyPgColumn | SQL;
}

const callTitle = sql`case ${calls.kind} when 'planning' then 'Planning call' else 'Full-team call' end`;
const visitTitle = sql`'Site visit ' || ${siteVisits.number}`;
const dayIn = (instant: AnyPgColumn) => sql`(${instant} at time zone ${states.timeZone})::date::text`;

const branches: Branch[] = [
  {
    kind: 'call',
    columns: sql`${calls.id}, ${calls.stateCode}, ${calls.programYearId}, ${calls.date}::text, ${callTitle}, 'call', ${calls.id}, null`,
    from: sql`${calls}`,
    stateColumn: calls.stateCode,
    yearColumn: calls.programYearId,
  },
  {
    kind: 'call_coach_notes',
    columns: sql`${calls.id}, ${calls.stateCode}, ${calls.programYearId}, ${calls.date}::text, 'Coach-only notes: ' || lower(${callTitle}), 'call', ${calls.id}, null`,
    from: sql`${calls}`,
    stateColumn: calls.stateCode,
    yearColumn: calls.programYearId,
  },
  {
    kind: 'site_visit',
    columns: sql`${siteVisits.id}, ${siteVisits.stateCode}, ${siteVisits.programYearId}, ${siteVisits.startsOn}::text, ${visitTitle}, 'site_visit', ${siteVisits.id}, null`,
    from: sql`${siteVisits}`,
    stateColumn: siteVisits.stateCode,
    yearColumn: siteVisits.programYearId,
  },
  {
    kind: 'visit_coach_notes',
    columns: sql`${siteVisits.id}, ${siteVisits.stateCode}, ${siteVisits.programYearId}, ${siteVisits.startsOn}::text, 'Coach-only notes: s' || substr(${visitTitle}, 2), 'site_visit', ${siteVisits.id}, null`,
    from: sql`${siteVisits}`,
    stateColumn: siteVisits.stateCode,
    yearColumn: siteVisits.programYearId,
  },
  {
    kind: 'action_item',
    columns: sql`${actionItems.id}, ${actionItems.stateCode}, coalesce(${calls.programYearId}, ${siteVisits.programYearId}),
      coalesce(${calls.date}, ${siteVisits.startsOn})::text,
      case when ${actionItems.callId} is not null then 'Action item from a ' || lower(${callTitle}) else 'Action item from s' || substr(${visitTitle}, 2) end,
      case when ${actionItems.callId} is not null then 'call' else 'site_visit' end,
      coalesce(${actionItems.callId}, ${actionItems.siteVisitId}), null`,
    from: sql`${actionItems} left join ${calls} on ${calls.id} = ${actionItems.callId} left join ${siteVisits} on ${siteVisits.id} = ${actionItems.siteVisitId}`,
    stateColumn: actionItems.stateCode,
    yearColumn: sql`coalesce(${calls.programYearId}, ${siteVisits.programYearId})`,
  },
  {
    kind: 'milestone_update',
    columns: sql`${milestoneUpdates.id}, ${plans.stateCode}, ${plans.programYearId}, ${dayIn(milestoneUpdates.createdAt)},
      'Update on milestone “' || ${milestones.title} || '”', 'plan', ${plans.id}, 'milestone-' || ${milestones.id}`,
    from: sql`${milestoneUpdates} join ${milestones} on ${milestones.id} = ${milestoneUpdates.milestoneId}
      join ${goals} on ${goals.id} = ${milestones.goalId} join ${plans} on ${plans.id} = ${goals.planId}
      join ${states} on ${states.code} = ${plans.stateCode}`,
    stateColumn: plans.stateCode,
    yearColumn: plans.programYearId,
  },
  {
    kind: 'plan_comment',
    columns: sql`${planComments.id}, ${plans.stateCode}, ${plans.programYearId}, ${dayIn(planComments.createdAt)},
      'Comment on ' || coalesce('milestone “' || ${milestones.title} || '”', 'the plan'), 'plan', ${plans.id},
      coalesce('milestone-' || ${milestones.id}, 'plan')`,
    from: sql`${planComments} join ${plans} on ${plans.id} = ${planComments.planId}
      left join ${milestones} on ${milestones.id} = ${planComments.milestoneId}
      join ${states} on ${states.code} = ${plans.stateCode}`,
    stateColumn: plans.stateCode,
    yearColumn: plans.programYearId,
  },
  {
    kind: 'assessment_evidence',
    columns: sql`${assessmentResponses.id}, ${assessments.stateCode}, ${assessments.programYearId},
      coalesce(${assessments.completedOn}, ${assessments.startedOn})::text,
      case ${assessments.kind} when 'baseline' then 'Baseline' else 'Reassessment' end || ' evidence, ' || ${domains.title} || ': ' || ${indicators.text},
      'assessment', ${assessments.id}, 'indicator-' || ${indicators.id}`,
    from: sql`${assessmentResponses} join ${assessments} on ${assessments.id} = ${assessmentResponses.assessmentId}
      join ${indicators} on ${indicators.id} = ${assessmentResponses.indicatorId} join ${domains} on ${domains.id} = ${indicators.domainId}`,
    stateColumn: assessments.stateCode,
    yearColumn: assessments.programYearId,
  },
];

const coachOnly: ReadonlySet<SearchKind> = new Set(['call_coach_notes', 'visit_coach_notes']);

/** The sources this actor may search, as their own routes show them: coach-only notes never reach state users. */
function branchesFor(actor: Actor, kind: SearchKind | undefined) {
  return branches.filter((b) => (kind === undefined || b.kind === kind) && (seesCoachNotes(actor) || !coachOnly.has(b.kind)));
}

/** Every matching record of every source the actor may see, with its rank and its text (no headline yet). */
export function matchesQuery(actor: Actor, f: SearchFilter): SQL | undefined {
  const query = sql`websearch_to_tsquery('english'::regconfig, ${f.q})`;
  const selects = branchesFor(actor, f.kind).map((b) => {
    const columns = searchedColumns[b.kind];
    const vector = searchVector(...columns);
    const where = allOf(
      sql`${vector} @@ ${query}`,
      inScope(b.stateColumn, actor),
      f.state ? eq(b.stateColumn, f.state.toUpperCase()) : undefined,
      f.programYear ? sql`${b.yearColumn} = ${f.programYear}` : undefined,
    );
    return sql`select ${b.kind}::text as kind, ${b.columns}, ${searchDocument(...columns)} as body, ts_rank(${vector}, ${query}) as rank
      from ${b.from} where ${where}`;
  });
  return selects.length === 0 ? undefined : sql.join(selects, sql` union all `);
}

const matchColumns = sql`kind, id, state_code, program_year_id, day, title, link_kind, link_id, anchor, body, rank`;

/** One page of hits, best first; the excerpt is highlighted for that page only (ts_headline is the costly part). */
export function pageQuery(actor: Actor, f: SearchFilter): SQL | undefined {
  const matches = matchesQuery(actor, f);
  if (!matches) return undefined;
  return sql`select kind, id, state_code, program_year_id, day, title, link_kind, link_id, anchor, rank,
      ts_headline('english'::regconfig, translate(body, ${MATCH_START + MATCH_END}, ''), websearch_to_tsquery('english'::regconfig, ${f.q}), ${headlineOptions}) as headline
    from (select * from (${matches}) as m(${matchColumns}) order by rank desc, day desc nulls last, kind, id limit ${f.limit ?? 20} offset ${f.offset ?? 0}) as hits
    order by rank desc, day desc nulls last, kind, id`;
}

type RawRow = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: RawRow[] }).rows;

export async function search(db: Db, actor: Actor, f: SearchFilter): Promise<{ items: SearchRow[]; total: number }> {
  const page = pageQuery(actor, f);
  const matches = matchesQuery(actor, f);
  if (!page || !matches) return { items: [], total: 0 };
  const [pageResult, countResult] = await Promise.all([
    db.execute(page),
    db.execute(sql`select count(*)::int as total from (${matches}) as m(${matchColumns})`),
  ]);
  const items = rowsOf(pageResult).map(
    (r): SearchRow => ({
      kind: r.kind as SearchKind,
      id: String(r.id),
      stateCode: String(r.state_code),
      programYearId: String(r.program_year_id),
      day: r.day === null ? null : String(r.day),
      title: String(r.title),
      headline: String(r.headline),
      rank: Number(r.rank),
      linkKind: r.link_kind as LinkKind,
      linkId: String(r.link_id),
      anchor: r.anchor === null ? null : String(r.anchor),
    }),
  );
  return { items, total: Number(rowsOf(countResult)[0]?.total ?? 0) };
}
