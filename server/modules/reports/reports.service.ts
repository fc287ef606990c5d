import type { Static } from 'typebox';
import { growthByDomain } from '../../domain/growth.ts';
import { type StateFacts, stateProgress } from '../../domain/progress.ts';
import {
  callDelivery,
  growthAcrossStates,
  headline,
  headlineTotals,
  milestoneOutcome,
  narrative,
  overallGrowth,
  tallyCheckpoints,
  visitDelivery,
} from '../../domain/report.ts';
import type { Activity } from '../../domain/timeline.ts';
import { NotFoundError } from '../../errors.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { type DomainScore, domainScoresOf } from '../assessments/assessments.queries.ts';
import { findYear, stateFacts, yearActivities } from '../progress/progress.queries.ts';
import { type HeldEvent, defaultInstrumentAssessments, heldEvents, reportMilestones } from './reports.queries.ts';
import type { CrossStateReport, StateReport } from './reports.schemas.ts';

type YearRow = NonNullable<Awaited<ReturnType<typeof findYear>>>;

/** Every fact of the report for the visible states of a year (or one state): six statements however many states. */
async function gather(ctx: Ctx, year: YearRow, stateCode?: string) {
  const [activities, facts, milestones, events, assessed] = await Promise.all([
    yearActivities(ctx.db, year.id),
    stateFacts(ctx.db, ctx.actor, year.id, { state: stateCode }),
    reportMilestones(ctx.db, ctx.actor, year.id, stateCode),
    heldEvents(ctx.db, ctx.actor, year.id, ctx.today, stateCode),
    defaultInstrumentAssessments(ctx.db, ctx.actor, year.id, stateCode),
  ]);
  const scores = await domainScoresOf(ctx.db, assessed.map((a) => a.id));
  const scoresOf = (code: string, kind: 'baseline' | 'reassessment'): DomainScore[] => {
    const found = assessed.find((a) => a.stateCode === code && a.kind === kind);
    return found ? (scores.get(found.id) ?? []) : [];
  };
  const assessedOn = (code: string, kind: 'baseline' | 'reassessment') =>
    assessed.find((a) => a.stateCode === code && a.kind === kind)?.completedOn ?? null;
  return { activities, facts, milestones, events, scoresOf, assessedOn };
}

type Gathered = Awaited<ReturnType<typeof gather>>;

function stateEvents(events: HeldEvent[], code: string) {
  return events.map((e) => ({
    title: e.title,
    kind: e.kind,
    date: e.date,
    status: e.attendance.find((a) => a.stateCode === code)?.status ?? ('not_recorded' as const),
  }));
}

/** One state's report from the gathered facts; progress.ts supplies the months, checkpoints and milestone counts. */
function reportOf(facts: StateFacts, year: YearRow, activities: Activity[], g: Gathered, todayIso: string) {
  const progress = stateProgress(facts, year, activities, todayIso);
  const calls = callDelivery(progress.months, todayIso);
  const visits = visitDelivery(progress.checkpoints);
  const eventRows = stateEvents(g.events, facts.stateCode);
  const events = { attended: eventRows.filter((e) => e.status === 'attended').length, held: eventRows.length };
  const checkpoints = tallyCheckpoints(progress.checkpoints);
  const milestones = milestoneOutcome(g.milestones.filter((m) => m.stateCode === facts.stateCode), todayIso);
  const domains = growthByDomain(g.scoresOf(facts.stateCode, 'baseline'), g.scoresOf(facts.stateCode, 'reassessment'));
  const overall = overallGrowth(domains);
  const figures = headline(progress, { calls, visits, events, checkpoints, milestones, growth: overall });
  return {
    state: { code: facts.stateCode, name: facts.stateName, tier: facts.tier, coaches: progress.coaches },
    health: progress.health,
    figures,
    summary: narrative(facts.stateName, facts.tier, figures),
    growth: {
      baselineCompletedOn: g.assessedOn(facts.stateCode, 'baseline'),
      reassessmentCompletedOn: g.assessedOn(facts.stateCode, 'reassessment'),
      domains,
      overall,
    },
    engagement: { calls, visits, events: { ...events, list: eventRows }, checkpoints: progress.checkpoints, checkpointTally: checkpoints },
    milestones: { total: progress.milestones.total, overdue: progress.milestones.overdue, percentComplete: progress.milestones.percentComplete, ...milestones },
  };
}

const yearOf = (year: YearRow) => ({ id: year.id, name: year.name, startsOn: year.startsOn, endsOn: year.endsOn });

/** The year-end report of one state: 404 when the state is outside the caller's scope or not in the year. */
export async function stateReport(ctx: Ctx, code: string, programYearId: string | undefined): Promise<Static<typeof StateReport>> {
  const stateCode = code.toUpperCase();
  requireAccess(ctx.actor, 'progress', 'read', stateCode, 'State');
  const year = await findYear(ctx.db, programYearId, ctx.today);
  if (!year) throw new NotFoundError('Program year');
  const g = await gather(ctx, year, stateCode);
  const [facts] = g.facts;
  if (!facts) throw new NotFoundError('State');
  return { programYear: yearOf(year), today: ctx.today, ...reportOf(facts, year, g.activities, g, ctx.today) };
}

/** The report across the caller's states of a year: a headline row per state, totals, and growth by domain. */
export async function crossStateReport(ctx: Ctx, programYearId: string): Promise<Static<typeof CrossStateReport>> {
  const year = await findYear(ctx.db, programYearId, ctx.today);
  if (!year) throw new NotFoundError('Program year');
  const g = await gather(ctx, year);
  const reports = g.facts.map((f) => reportOf(f, year, g.activities, g, ctx.today));
  return {
    programYear: yearOf(year),
    today: ctx.today,
    states: reports.map((r) => ({ stateCode: r.state.code, stateName: r.state.name, tier: r.state.tier, health: r.health, summary: r.summary, ...r.figures })),
    totals: headlineTotals(reports.map((r) => r.figures)),
    growth: growthAcrossStates(reports.map((r) => r.growth.domains)),
  };
}
