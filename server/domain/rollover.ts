import { addDays, addYears, getDate, getDay, isLastDayOfMonth, lastDayOfMonth, startOfMonth } from 'date-fns';
import { type IsoDate, toDate, toIsoDate } from './dates.ts';
import type { YearSpan } from './timeline.ts';

/**
 * Starting the next program year from the current one: every date moves one year on, with date-fns.
 * Windows and due days keep their day of the month (a month's last day stays its last day, so
 * 28 February becomes 29 February in a leap year); a dated meeting keeps its weekday instead.
 */

/** A window edge or due day, one year on; the last day of a month stays the last day. */
export function shiftDay(day: IsoDate): IsoDate {
  const date = toDate(day);
  const next = addYears(date, 1);
  return toIsoDate(isLastDayOfMonth(date) ? lastDayOfMonth(next) : next);
}

export function shiftSpan<T extends YearSpan>(span: T): T {
  return { ...span, startsOn: shiftDay(span.startsOn), endsOn: shiftDay(span.endsOn) };
}

/**
 * A meeting's day, one year on, on the same weekday of the same week of the month: the fourth Wednesday
 * of October stays the fourth Wednesday of October. A fifth weekday that next year's month lacks becomes
 * that month's last one (still "late in the month"). Chosen over "the nearest same weekday" because it
 * never leaves the month, so a meeting never falls outside its window or the year.
 */
export function shiftMeetingDay(day: IsoDate): IsoDate {
  const date = toDate(day);
  const weekday = getDay(date);
  const week = Math.floor((getDate(date) - 1) / 7);
  const monthNextYear = startOfMonth(addYears(date, 1));
  const firstWeekday = addDays(monthNextYear, (weekday - getDay(monthNextYear) + 7) % 7);
  const candidate = addDays(firstWeekday, week * 7);
  const lastOfMonth = lastDayOfMonth(monthNextYear);
  return toIsoDate(candidate > lastOfMonth ? addDays(candidate, -7) : candidate);
}

/**
 * Which other years mean "the next year already exists" by dates. Years run August to August, so a year
 * shares its last month with the next one's first: a year clashes when it reaches the new year's first day
 * and starts before the new year's last month (the year after next, starting in that month, does not).
 * The year rolled over from is left out by the caller.
 */
export function clashWindow(next: YearSpan): { startsBefore: IsoDate; endsOnOrAfter: IsoDate } {
  return { startsBefore: toIsoDate(startOfMonth(toDate(next.endsOn))), endsOnOrAfter: next.startsOn };
}

/**
 * The next year's default name: every year in the name moves on by one ("2026–27 cohort" becomes
 * "2027–28 cohort", "Program year 2026" becomes "Program year 2027"); a name without a year gets one.
 */
export function nextYearName(name: string, nextStartsOn: IsoDate): string {
  let changed = false;
  const renamed = name.replace(/\b(\d{4})(\s*[–-]\s*)(\d{2}|\d{4})\b/g, (_match, first: string, dash: string, second: string) => {
    changed = true;
    const end = second.length === 2 ? String((Number(second) + 1) % 100).padStart(2, '0') : String(Number(second) + 1);
    return `${Number(first) + 1}${dash}${end}`;
  });
  if (changed) return renamed;
  const single = name.replace(/\b(19|20)(\d{2})\b/g, (year) => {
    changed = true;
    return String(Number(year) + 1);
  });
  return changed ? single : `${name} (${nextStartsOn.slice(0, 4)})`;
}
