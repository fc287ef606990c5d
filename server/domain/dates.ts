import { TZDate } from '@date-fns/tz';
import { addDays, format, isValid, parseISO, startOfDay } from 'date-fns';

/** Calendar days travel as ISO strings (yyyy-MM-dd); these turn them into local dates and back. */
export type IsoDate = string;

export function toDate(day: IsoDate): Date {
  const parsed = parseISO(day);
  if (!isValid(parsed)) throw new RangeError(`Not a calendar date: ${day}`);
  return parsed;
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

// Every request asks for today (the session check, the context), and formatting a date costs more than
// comparing two numbers: the day is kept with the instants it lasts between.
let lastDay: { from: number; until: number; day: IsoDate } | undefined;

/** Today's calendar day for a clock (an injectable "now", so tests can stand on any day). */
export function today(now: Date): IsoDate {
  const t = now.getTime();
  if (lastDay && t >= lastDay.from && t < lastDay.until) return lastDay.day;
  lastDay = { from: startOfDay(now).getTime(), until: startOfDay(addDays(now, 1)).getTime(), day: toIsoDate(now) };
  return lastDay.day;
}

/**
 * The instants (ms) between which `today(now)` and `todayIn(now, zone)` for each zone all keep the day they have
 * at `now`: from the latest of those days' midnights to the earliest of the next ones. Days are counted in
 * each zone's own calendar (@date-fns/tz), so a day of 23 or 25 hours is one day.
 */
export function sameDaysWindow(now: Date, zones: Iterable<string>): { from: number; until: number } {
  let from = startOfDay(now).getTime();
  let until = startOfDay(addDays(now, 1)).getTime();
  for (const zone of zones) {
    const local = new TZDate(now.getTime(), zone);
    from = Math.max(from, startOfDay(local).getTime());
    until = Math.min(until, startOfDay(addDays(local, 1)).getTime());
  }
  return { from, until };
}

// Building an Intl.DateTimeFormat costs far more than using one (it was half of a 56-state progress request),
// and a project has a few dozen time zones at most: keep one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's calendar day in a time zone (a state's calendar): an evening in Honolulu is already tomorrow in UTC.
 * Intl knows the zones; date-fns then does every comparison on the calendar day.
 */
export function todayIn(now: Date, timeZone: string): IsoDate {
  let dayFormat = dayFormats.get(timeZone);
  if (!dayFormat) {
    dayFormat = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, dayFormat);
  }
  const parts = dayFormat.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A month key (yyyy-MM) in words, for reasons people read: "October 2026". */
export function monthInWords(key: string): string {
  return format(toDate(`${key}-01`), 'MMMM yyyy');
}

/** A calendar day in words: "October 31, 2026". */
export function dayInWords(day: IsoDate): string {
  return format(toDate(day), 'MMMM d, yyyy');
}
