import type { IsoDate } from './dates.ts';
import type { DomainGrowth } from './growth.ts';
import type { Checkpoint, MonthCell, StateProgress } from './progress.ts';
import { checkpointStatus, isFuture } from './timeline.ts';

/**
 * The year-end report's rules: what was delivered against the timeline and how the state grew. The
 * months, checkpoints and milestone counts come from progress.ts; this module only adds up what a
 * report states on top of them.
 */

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]): number | null => (values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length));
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export interface CallDelivery {
  /** Held calls in the year, whatever their month. */
  held: number;
  /** Months of the call window with at least one held call. */
  monthsMet: number;
  /** Months of the call window that have begun by today: a call was expected in each. */
  monthsExpected: number;
  /** Months of the whole call window. */
  monthsInWindow: number;
  /** yyyy-MM of the expected months that passed without a held call. */
  missedMonths: string[];
}

/** Calls held against the timeline's call window (the first call and the monthly calls), so far. */
export function callDelivery(months: MonthCell[], todayIso: IsoDate): CallDelivery {
  const window = months.filter((m) => m.callRequired);
  const begun = window.filter((m) => !isFuture(`${m.month}-01`, todayIso));
  return {
    held: months.reduce((sum, m) => sum + m.heldCalls, 0),
    monthsMet: window.filter((m) => m.heldCalls > 0).length,
    monthsExpected: begun.length,
    monthsInWindow: window.length,
    missedMonths: window.filter((m) => m.callStatus === 'missed').map((m) => m.month),
  };
}

export interface CheckpointTally {
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

export function tallyCheckpoints(checkpoints: Checkpoint[]): CheckpointTally {
  const count = (status: Checkpoint['status']) => checkpoints.filter((c) => c.status === status).length;
  return { onTime: count('met'), late: count('met_late'), overdue: count('overdue'), pending: count('pending') };
}

export interface VisitDelivery {
  completed: number;
  required: number;
}

/** Site visits completed against the timeline's requirement (none for a light-touch state). */
export function visitDelivery(checkpoints: Checkpoint[]): VisitDelivery {
  const visits = checkpoints.find((c) => c.kind === 'site_visits');
  return { completed: visits?.done ?? 0, required: visits?.required ?? 0 };
}

export type MilestoneStatus = 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'deferred';
export const MILESTONE_STATUSES: MilestoneStatus[] = ['not_started', 'in_progress', 'completed', 'at_risk', 'deferred'];

export interface ReportMilestone {
  title: string;
  goalTitle: string;
  dueOn: IsoDate;
  status: MilestoneStatus;
  completedOn: IsoDate | null;
}

/** A completed milestone is on time when it was completed on or before its due day. */
export function completedOnTime(m: { dueOn: IsoDate; completedOn: IsoDate }, todayIso: IsoDate): boolean {
  return checkpointStatus(m.dueOn, m.completedOn, todayIso) === 'met';
}

export interface MilestoneOutcome {
  byStatus: Record<MilestoneStatus, number>;
  completedOnTime: number;
  completedLate: number;
  completed: (ReportMilestone & { completedOn: IsoDate; onTime: boolean })[];
}

export function milestoneOutcome(milestones: ReportMilestone[], todayIso: IsoDate): MilestoneOutcome {
  const byStatus = Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, milestones.filter((m) => m.status === s).length])) as Record<MilestoneStatus, number>;
  const completed = milestones
    .filter((m): m is ReportMilestone & { completedOn: IsoDate } => m.status === 'completed' && m.completedOn !== null)
    .map((m) => ({ ...m, onTime: completedOnTime(m, todayIso) }))
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.title.localeCompare(b.title));
  const onTime = completed.filter((m) => m.onTime).length;
  return { byStatus, completedOnTime: onTime, completedLate: completed.length - onTime, completed };
}

export interface OverallGrowth {
  /** Mean of the domain averages (each domain weighs the same), to one decimal. */
  baseline: number | null;
  reassessment: number | null;
  /** Mean change over the domains rated both times. */
  change: number | null;
  domainsCompared: number;
}

export function overallGrowth(domains: DomainGrowth[]): OverallGrowth {
  const changes = present(domains.map((d) => d.change));
  return {
    baseline: mean(present(domains.map((d) => d.baseline))),
    reassessment: mean(present(domains.map((d) => d.reassessment))),
    change: mean(changes),
    domainsCompared: changes.length,
  };
}

export interface DomainGrowthAcrossStates extends DomainGrowth {
  /** States whose baseline and reassessment both rated the domain. */
  statesCompared: number;
}

/** Growth by domain across states: the mean of each state's averages, domains matched by key, first-seen order. */
export function growthAcrossStates(perState: DomainGrowth[][]): DomainGrowthAcrossStates[] {
  const byKey = new Map<string, { title: string; rows: DomainGrowth[] }>();
  for (const rows of perState) {
    for (const row of rows) {
      const entry = byKey.get(row.key) ?? { title: row.title, rows: [] };
      entry.rows.push(row);
      byKey.set(row.key, entry);
    }
  }
  return [...byKey].map(([key, { title, rows }]) => {
    const changes = present(rows.map((r) => r.change));
    return {
      key,
      title,
      baseline: mean(present(rows.map((r) => r.baseline))),
      reassessment: mean(present(rows.map((r) => r.reassessment))),
      change: mean(changes),
      statesCompared: changes.length,
    };
  });
}

/** The figures a report's headline row shows, for one state and added up across states. */
export interface Headline {
  callsHeld: number;
  callMonthsMet: number;
  callMonthsExpected: number;
  visitsCompleted: number;
  visitsRequired: number;
  eventsAttended: number;
  eventsHeld: number;
  checkpointsOnTime: number;
  checkpointsLate: number;
  checkpointsOverdue: number;
  milestonesTotal: number;
  milestonesCompleted: number;
  milestonesCompletedOnTime: number;
  milestonesOverdue: number;
  baselineAverage: number | null;
  reassessmentAverage: number | null;
  growth: number | null;
}

export function headline(
  progress: Pick<StateProgress, 'milestones'>,
  parts: { calls: CallDelivery; visits: VisitDelivery; events: { attended: number; held: number }; checkpoints: CheckpointTally; milestones: MilestoneOutcome; growth: OverallGrowth },
): Headline {
  return {
    callsHeld: parts.calls.held,
    callMonthsMet: parts.calls.monthsMet,
    callMonthsExpected: parts.calls.monthsExpected,
    visitsCompleted: parts.visits.completed,
    visitsRequired: parts.visits.required,
    eventsAttended: parts.events.attended,
    eventsHeld: parts.events.held,
    checkpointsOnTime: parts.checkpoints.onTime,
    checkpointsLate: parts.checkpoints.late,
    checkpointsOverdue: parts.checkpoints.overdue,
    milestonesTotal: progress.milestones.total,
    milestonesCompleted: progress.milestones.completed,
    milestonesCompletedOnTime: parts.milestones.completedOnTime,
    milestonesOverdue: progress.milestones.overdue,
    baselineAverage: parts.growth.baseline,
    reassessmentAverage: parts.growth.reassessment,
    growth: parts.growth.change,
  };
}

const AVERAGED = ['baselineAverage', 'reassessmentAverage', 'growth'] as const;
type Averaged = (typeof AVERAGED)[number];

/** Counts add up across states; assessment averages and growth are the mean over the states that have them. */
export function headlineTotals(rows: Headline[]): Headline {
  const sum = (field: Exclude<keyof Headline, Averaged>) => rows.reduce((total, r) => total + r[field], 0);
  const avg = (field: Averaged) => mean(present(rows.map((r) => r[field])));
  return {
    callsHeld: sum('callsHeld'),
    callMonthsMet: sum('callMonthsMet'),
    callMonthsExpected: sum('callMonthsExpected'),
    visitsCompleted: sum('visitsCompleted'),
    visitsRequired: sum('visitsRequired'),
    eventsAttended: sum('eventsAttended'),
    eventsHeld: sum('eventsHeld'),
    checkpointsOnTime: sum('checkpointsOnTime'),
    checkpointsLate: sum('checkpointsLate'),
    checkpointsOverdue: sum('checkpointsOverdue'),
    milestonesTotal: sum('milestonesTotal'),
    milestonesCompleted: sum('milestonesCompleted'),
    milestonesCompletedOnTime: sum('milestonesCompletedOnTime'),
    milestonesOverdue: sum('milestonesOverdue'),
    baselineAverage: avg('baselineAverage'),
    reassessmentAverage: avg('reassessmentAverage'),
    growth: avg('growth'),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

function growthSentence(h: Headline): string {
  if (h.baselineAverage === null) return 'no completed baseline assessment';
  if (h.reassessmentAverage === null || h.growth === null) return `a baseline average of ${h.baselineAverage.toFixed(1)} and no completed reassessment yet`;
  return `assessment growth of ${signed(h.growth)} (baseline ${h.baselineAverage.toFixed(1)}, reassessment ${h.reassessmentAverage.toFixed(1)})`;
}

/** One line that sums the report up in words, built only from its figures. */
export function narrative(stateName: string, tier: 'intensive' | 'light_touch', h: Headline): string {
  const events = h.eventsHeld === 0 ? 'no events held yet' : `${h.eventsAttended} of ${h.eventsHeld} events attended`;
  if (tier === 'light_touch') return `${stateName} took part as a light-touch state: ${events}.`;
  const checkpointsMet = h.checkpointsOnTime + h.checkpointsLate;
  const checkpointsDue = checkpointsMet + h.checkpointsOverdue;
  const parts = [
    `calls held in ${h.callMonthsMet} of ${plural(h.callMonthsExpected, 'month')} expected (${plural(h.callsHeld, 'call')} in all)`,
    `${h.visitsCompleted} of ${plural(h.visitsRequired, 'site visit')} completed`,
    events,
    checkpointsDue === 0
      ? 'no checkpoint due yet'
      : `${checkpointsMet} of ${plural(checkpointsDue, 'checkpoint')} due met${h.checkpointsLate > 0 ? ` (${h.checkpointsLate} late)` : ''}`,
    `${h.milestonesCompleted} of ${plural(h.milestonesTotal, 'milestone')} completed (${h.milestonesCompletedOnTime} on time)`,
    growthSentence(h),
  ];
  return `${stateName}: ${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}.`;
}
