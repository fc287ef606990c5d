import { type IsoDate, dayInWords, monthInWords } from './dates.ts';
import {
  type Activity,
  type CheckpointStatus,
  type YearSpan,
  callMonths,
  checkpointStatus,
  daysBetween,
  isActionItemOverdue,
  isMilestoneOverdue,
  isPast,
  latestDay,
  monthKey,
  spansOverlap,
  yearMonths,
} from './timeline.ts';

/** The facts the database holds about one state in one year; progress is computed from these alone. */
export interface StateFacts {
  stateCode: string;
  stateName: string;
  tier: 'intensive' | 'light_touch';
  pairings: { coachId: string; coachName: string; startsOn: IsoDate; endsOn: IsoDate | null }[];
  calls: { date: IsoDate; status: 'scheduled' | 'held' | 'cancelled' }[];
  visits: { number: number; status: 'proposed' | 'scheduled' | 'completed' | 'cancelled'; startsOn: IsoDate | null }[];
  assessments: { kind: 'baseline' | 'reassessment'; completedOn: IsoDate | null }[];
  /** The day the plan first had a goal with a milestone, if it has. */
  planReadyOn: IsoDate | null;
  milestones: { dueOn: IsoDate; status: string }[];
  /** Next steps from the year's calls and visits (none known: an empty list). */
  actionItems?: { dueOn: IsoDate | null; done: boolean }[];
}

export type CallStatus = 'held' | 'scheduled' | 'missed' | 'due' | 'upcoming' | 'not_required';
export type Health = 'on_track' | 'needs_attention' | 'behind';

export interface MonthCell {
  month: string;
  callRequired: boolean;
  callStatus: CallStatus;
  heldCalls: number;
  scheduledCalls: number;
  visits: { number: number; status: StateFacts['visits'][number]['status'] }[];
  checkpoints: { kind: string; status: CheckpointStatus }[];
  coachId: string | null;
}

export interface Checkpoint {
  kind: string;
  title: string;
  dueOn: IsoDate;
  status: CheckpointStatus;
  metOn: IsoDate | null;
  done: number;
  required: number;
}

export interface MilestoneSummary {
  total: number;
  completed: number;
  inProgress: number;
  atRisk: number;
  deferred: number;
  overdue: number;
  /** Completed as a share of those not deferred, 0–100. */
  percentComplete: number;
}

export interface ActionItemSummary {
  open: number;
  /** Not done and due before today in the state's calendar. */
  overdue: number;
}

export interface StateProgress {
  stateCode: string;
  stateName: string;
  tier: 'intensive' | 'light_touch';
  coaches: { id: string; name: string }[];
  months: MonthCell[];
  checkpoints: Checkpoint[];
  milestones: MilestoneSummary;
  actionItems: ActionItemSummary;
  missedMonths: number;
  lastContactOn: IsoDate | null;
  daysSinceContact: number | null;
  health: Health;
  reasons: string[];
}

const CONTACT_GAP_DAYS = 45;
/**
 * Overdue action items: one is ordinary churn between monthly calls (the next call picks it up); two or more
 * need attention; five or more mean follow-ups are not closing, and the state is behind.
 */
export const ACTION_ITEMS_ATTENTION = 2;
export const ACTION_ITEMS_BEHIND = 5;

export function summariseActionItems(items: NonNullable<StateFacts['actionItems']>, stateToday: IsoDate): ActionItemSummary {
  return {
    open: items.filter((i) => !i.done).length,
    overdue: items.filter((i) => isActionItemOverdue(i, stateToday)).length,
  };
}

export function summariseMilestones(milestones: StateFacts['milestones'], todayIso: IsoDate): MilestoneSummary {
  const count = (status: string) => milestones.filter((m) => m.status === status).length;
  const deferred = count('deferred');
  const completed = count('completed');
  const counted = milestones.length - deferred;
  return {
    total: milestones.length,
    completed,
    inProgress: count('in_progress'),
    atRisk: count('at_risk'),
    deferred,
    overdue: milestones.filter((m) => isMilestoneOverdue(m, todayIso)).length,
    percentComplete: counted === 0 ? 0 : Math.round((completed / counted) * 100),
  };
}

/** The coach of a month: of the pairings overlapping it, the one that started last. */
function coachForMonth(pairings: StateFacts['pairings'], month: YearSpan): string | null {
  const overlapping = pairings.filter((p) => spansOverlap(p, month)).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return overlapping.at(-1)?.coachId ?? null;
}

function callStatusFor(required: boolean, held: number, scheduled: number, month: YearSpan, todayIso: IsoDate): CallStatus {
  if (held > 0) return 'held';
  if (!required) return scheduled > 0 ? 'scheduled' : 'not_required';
  if (isPast(month.endsOn, todayIso)) return 'missed';
  if (scheduled > 0) return 'scheduled';
  return isPast(month.startsOn, todayIso) || month.startsOn === todayIso ? 'due' : 'upcoming';
}

/** The n-th completion day of a sorted list, e.g. the day the second visit was completed. */
const nthDay = (days: IsoDate[], n: number): IsoDate | null => [...days].sort()[n - 1] ?? null;

function checkpointsFor(facts: StateFacts, activities: Activity[], todayIso: IsoDate): Checkpoint[] {
  // Light touch is networking only: no assessment, plan or visits are expected of the state.
  if (facts.tier === 'light_touch') return [];
  const completedVisitDays = facts.visits
    .filter((v) => v.status === 'completed' && v.startsOn)
    .map((v) => v.startsOn as IsoDate);
  const assessmentDay = (kind: 'baseline' | 'reassessment') =>
    facts.assessments.find((a) => a.kind === kind)?.completedOn ?? null;
  const result: Checkpoint[] = [];
  for (const activity of activities) {
    if (!activity.dueOn) continue;
    let metOn: IsoDate | null;
    let done: number;
    switch (activity.kind) {
      case 'assessment':
        metOn = assessmentDay('baseline');
        done = metOn ? 1 : 0;
        break;
      case 'reassessment':
        metOn = assessmentDay('reassessment');
        done = metOn ? 1 : 0;
        break;
      case 'plan':
        metOn = facts.planReadyOn;
        done = metOn ? 1 : 0;
        break;
      case 'site_visits':
        metOn = nthDay(completedVisitDays, activity.requiredCount);
        done = completedVisitDays.length;
        break;
      default:
        continue;
    }
    result.push({
      kind: activity.kind,
      title: activity.title,
      dueOn: activity.dueOn,
      status: checkpointStatus(activity.dueOn, metOn, todayIso),
      metOn,
      done,
      required: activity.requiredCount,
    });
  }
  return result;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The health signal and its reasons, in words a TA lead would use. */
export function assessHealth(p: Omit<StateProgress, 'health' | 'reasons'>, todayIso: IsoDate): { health: Health; reasons: string[] } {
  if (p.tier === 'light_touch') return { health: 'on_track', reasons: ['Light-touch participation: networking only, no coaching checkpoints'] };
  const behind: string[] = [];
  const attention: string[] = [];
  const missed = p.months.filter((m) => m.callStatus === 'missed').map((m) => monthInWords(m.month));
  if (missed.length >= 2) behind.push(`No coaching call held in ${plural(missed.length, 'month')} (${missed.join(', ')})`);
  else if (missed.length === 1) attention.push(`No coaching call held in ${missed[0]}`);
  for (const c of p.checkpoints) {
    if (c.status === 'overdue') behind.push(`${c.title}: overdue since ${dayInWords(c.dueOn)} (${c.done} of ${c.required} done)`);
  }
  if (p.milestones.overdue >= 3) behind.push(`${plural(p.milestones.overdue, 'milestone')} overdue`);
  else if (p.milestones.overdue > 0) attention.push(`${plural(p.milestones.overdue, 'milestone')} overdue`);
  const lateItems = `${plural(p.actionItems.overdue, 'action item')} overdue`;
  if (p.actionItems.overdue >= ACTION_ITEMS_BEHIND) behind.push(lateItems);
  else if (p.actionItems.overdue >= ACTION_ITEMS_ATTENTION) attention.push(lateItems);
  if (p.milestones.atRisk > 0) attention.push(`${plural(p.milestones.atRisk, 'milestone')} at risk`);
  if (p.daysSinceContact === null) attention.push('No contact logged yet');
  else if (p.daysSinceContact > CONTACT_GAP_DAYS) attention.push(`${p.daysSinceContact} days since the last contact`);
  const current = p.months.find((m) => m.callStatus === 'due');
  if (current && current.callRequired && daysBetween(`${current.month}-01`, todayIso) >= 14) {
    attention.push(`No call held or scheduled yet in ${monthInWords(current.month)}`);
  }
  if (behind.length > 0) return { health: 'behind', reasons: [...behind, ...attention] };
  if (attention.length > 0) return { health: 'needs_attention', reasons: attention };
  return { health: 'on_track', reasons: ['Calls held every month so far and every checkpoint met or not yet due'] };
}

/** One state's row of the cross-state view; action items fall due by the state's own calendar (`stateToday`). */
export function stateProgress(
  facts: StateFacts,
  year: YearSpan,
  activities: Activity[],
  todayIso: IsoDate,
  stateToday: IsoDate = todayIso,
): StateProgress {
  const required = facts.tier === 'intensive' ? callMonths(activities) : new Set<string>();
  const checkpoints = checkpointsFor(facts, activities, todayIso);
  // Grouped once, not filtered per month: 13 months × every call was most of the view's time at 56 states.
  const callsByMonth = new Map<string, StateFacts['calls']>();
  for (const c of facts.calls) {
    const key = monthKey(c.date);
    callsByMonth.set(key, [...(callsByMonth.get(key) ?? []), c]);
  }
  const months: MonthCell[] = yearMonths(year).map((month) => {
    const inMonth = callsByMonth.get(month.key) ?? [];
    const held = inMonth.filter((c) => c.status === 'held').length;
    const scheduled = inMonth.filter((c) => c.status === 'scheduled').length;
    const callRequired = required.has(month.key);
    return {
      month: month.key,
      callRequired,
      callStatus: callStatusFor(callRequired, held, scheduled, month, todayIso),
      heldCalls: held,
      scheduledCalls: scheduled,
      visits: facts.visits
        .filter((v) => v.startsOn && v.status !== 'cancelled' && monthKey(v.startsOn) === month.key)
        .map((v) => ({ number: v.number, status: v.status })),
      checkpoints: checkpoints.filter((c) => monthKey(c.dueOn) === month.key).map((c) => ({ kind: c.kind, status: c.status })),
      coachId: coachForMonth(facts.pairings, month),
    };
  });
  const contactDays = [
    ...facts.calls.filter((c) => c.status === 'held').map((c) => c.date),
    ...facts.visits.filter((v) => v.status === 'completed' && v.startsOn).map((v) => v.startsOn as IsoDate),
  ].filter((day) => !isPast(todayIso, day));
  const lastContactOn = latestDay(contactDays);
  const coaches = [...new Map(facts.pairings.map((p) => [p.coachId, { id: p.coachId, name: p.coachName }])).values()];
  const base = {
    stateCode: facts.stateCode,
    stateName: facts.stateName,
    tier: facts.tier,
    coaches,
    months,
    checkpoints,
    milestones: summariseMilestones(facts.milestones, todayIso),
    actionItems: summariseActionItems(facts.actionItems ?? [], stateToday),
    missedMonths: months.filter((m) => m.callStatus === 'missed').length,
    lastContactOn,
    daysSinceContact: lastContactOn ? daysBetween(lastContactOn, todayIso) : null,
  };
  return { ...base, ...assessHealth(base, todayIso) };
}
