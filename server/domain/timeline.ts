import {
  areIntervalsOverlapping,
  differenceInCalendarDays,
  eachMonthOfInterval,
  endOfMonth,
  format,
  isAfter,
  isBefore,
  isWithinInterval,
  startOfMonth,
} from 'date-fns';
import { type IsoDate, toDate, toIsoDate } from './dates.ts';

/**
 * The program year as data: months, windows and "overdue", all computed here with date-fns from
 * calendar days. Nothing else in the code does calendar arithmetic.
 */
export interface YearSpan {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export type ActivityKind =
  | 'kickoff'
  | 'first_call'
  | 'assessment'
  | 'plan'
  | 'regional_meeting'
  | 'monthly_calls'
  | 'peer_mentoring'
  | 'site_visits'
  | 'webinars'
  | 'reassessment'
  | 'other';

export interface Activity extends YearSpan {
  kind: ActivityKind;
  title: string;
  dueOn: IsoDate | null;
  requiredCount: number;
}

export interface YearMonth {
  /** yyyy-MM */
  key: string;
  label: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** A bounded memo for a pure function of a day: the progress view asks the same few hundred days thousands of times. */
function memoByDay<T>(compute: (day: IsoDate) => T): (day: IsoDate) => T {
  const cache = new Map<IsoDate, T>();
  return (day) => {
    let value = cache.get(day);
    if (value === undefined) {
      value = compute(day);
      if (cache.size >= 10_000) cache.clear();
      cache.set(day, value);
    }
    return value;
  };
}

/** A day as a timestamp, parsed once: date-fns compares timestamps as it compares dates, and a number cannot be mutated. */
const dayTime = memoByDay((day) => toDate(day).getTime());

/**
 * The yyyy-MM of a day. Memoised: the progress view asks it of every call, visit and checkpoint of every
 * state, and date-fns' parse and format cost tens of microseconds each; a year holds few distinct days.
 */
export const monthKey = memoByDay((day) => format(toDate(day), 'yyyy-MM'));

/** Every calendar month the year touches, in order: August to August is thirteen columns. */
export function yearMonths(year: YearSpan): YearMonth[] {
  return monthsOfSpan(`${year.startsOn}/${year.endsOn}`);
}

/** Memoised on the span: every state's row and every activity asks it again. Callers read the result, never change it. */
const monthsOfSpan = memoByDay((span): YearMonth[] => {
  const [startsOn, endsOn] = span.split('/');
  const year = { startsOn, endsOn };
  const months = eachMonthOfInterval({ start: toDate(year.startsOn), end: toDate(year.endsOn) }).map((first) => ({
    key: format(first, 'yyyy-MM'),
    label: format(first, 'MMM yyyy'),
    startsOn: toIsoDate(startOfMonth(first)),
    endsOn: toIsoDate(endOfMonth(first)),
  }));
  return Object.freeze(months.map((m) => Object.freeze(m))) as YearMonth[];
});

export function isWithin(span: YearSpan, day: IsoDate): boolean {
  return isWithinInterval(toDate(day), { start: toDate(span.startsOn), end: toDate(span.endsOn) });
}

export function spansOverlap(a: { startsOn: IsoDate; endsOn: IsoDate | null }, b: YearSpan): boolean {
  const aEnd = a.endsOn ?? '9999-12-31';
  return areIntervalsOverlapping(
    { start: dayTime(a.startsOn), end: dayTime(aEnd) },
    { start: dayTime(b.startsOn), end: dayTime(b.endsOn) },
    { inclusive: true },
  );
}

/** Months in which the timeline asks for a held coaching call (the first call and the monthly window). */
export function callMonths(activities: Activity[]): Set<string> {
  const keys = new Set<string>();
  for (const activity of activities) {
    if (activity.kind !== 'first_call' && activity.kind !== 'monthly_calls') continue;
    for (const month of yearMonths(activity)) keys.add(month.key);
  }
  return keys;
}

/** Whether a day is strictly before today: the test for "overdue" and "missed". */
export function isPast(day: IsoDate, todayIso: IsoDate): boolean {
  return isBefore(dayTime(day), dayTime(todayIso));
}

export function isFuture(day: IsoDate, todayIso: IsoDate): boolean {
  return isAfter(dayTime(day), dayTime(todayIso));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function latestDay(days: IsoDate[]): IsoDate | null {
  return days.length === 0 ? null : days.reduce((latest, day) => (isAfter(dayTime(day), dayTime(latest)) ? day : latest));
}

export type CheckpointStatus = 'met' | 'met_late' | 'pending' | 'overdue';

/** A dated checkpoint: met (on time or late), still open before its day, or overdue after it. */
export function checkpointStatus(dueOn: IsoDate, metOn: IsoDate | null, todayIso: IsoDate): CheckpointStatus {
  if (metOn) return isAfter(dayTime(metOn), dayTime(dueOn)) ? 'met_late' : 'met';
  return isPast(dueOn, todayIso) ? 'overdue' : 'pending';
}

/** A milestone is overdue once its due day has passed and it is neither completed nor deferred. */
export function isMilestoneOverdue(m: { dueOn: IsoDate; status: string }, todayIso: IsoDate): boolean {
  return m.status !== 'completed' && m.status !== 'deferred' && isPast(m.dueOn, todayIso);
}

/** An action item is overdue once its due day (in its state's calendar) has passed and it is not done. */
export function isActionItemOverdue(item: { dueOn: IsoDate | null; done: boolean }, stateToday: IsoDate): boolean {
  return !item.done && item.dueOn !== null && isPast(item.dueOn, stateToday);
}

/**
 * The deck's timeline for a program year that starts on 1 August of `startYear`: the demo year and the
 * default for a new year. Dates come from date-fns so that the next cohort's year is the same shape.
 */
export function defaultTimeline(startYear: number): { span: YearSpan; activities: Activity[] } {
  const d = (month: number, day: number, yearOffset = 0) => toIsoDate(new Date(startYear + yearOffset, month - 1, day));
  const monthEnd = (month: number, yearOffset = 0) => toIsoDate(endOfMonth(new Date(startYear + yearOffset, month - 1, 1)));
  const span = { startsOn: d(8, 1), endsOn: monthEnd(8, 1) };
  const a = (kind: ActivityKind, title: string, startsOn: string, endsOn: string, dueOn: string | null = null, requiredCount = 1): Activity => ({
    kind,
    title,
    startsOn,
    endsOn,
    dueOn,
    requiredCount,
  });
  return {
    span,
    activities: [
      a('kickoff', 'Kick-off meeting for all state teams (virtual)', d(8, 1), monthEnd(8)),
      a('first_call', 'First coaching call', d(9, 1), monthEnd(9)),
      a('assessment', 'Career Pathways Readiness Assessment with coaches', d(9, 1), monthEnd(10), monthEnd(10)),
      a('plan', "States' customised project plan", d(10, 1), monthEnd(11), monthEnd(11)),
      a('regional_meeting', 'First regional meeting (Chicago)', d(11, 14), d(11, 14)),
      a('monthly_calls', 'Monthly coaching calls', d(10, 1), monthEnd(8, 1)),
      a('peer_mentoring', 'Peer mentoring with another state', d(10, 1), monthEnd(8, 1)),
      a('site_visits', 'Two site visits (scheduled by state and coach)', d(10, 1), monthEnd(7, 1), monthEnd(7, 1), 2),
      a('webinars', 'Quarterly webinars with all participating state teams', d(10, 1), monthEnd(8, 1)),
      a('reassessment', 'Year-end reassessment', d(6, 1, 1), monthEnd(8, 1), monthEnd(8, 1)),
    ],
  };
}
