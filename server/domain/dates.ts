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

/** A calendar day with the instants (ms) it lasts between. */
interface KnownDay {
  from: number;
  until: number;
  day: IsoDate;
}

/**
 * The day a date falls on in its own calendar (a TZDate's zone, else the server's), from its midnight to the next:
 * counted on the calendar, so a day of 23 or 25 hours is one day.
 */
function dayAround(date: Date): KnownDay {
  return { from: startOfDay(date).getTime(), until: startOfDay(addDays(date, 1)).getTime(), day: toIsoDate(date) };
}

// Every request asks for today (the session check, the context), and every progress view and action-item list
// asks for each state's: formatting a day in a zone takes some 20 µs, comparing two numbers next to nothing. So
// each day is kept with the instants it lasts between; a clock that moves past them, on or back, gets its own.
let serverDay: KnownDay | undefined;
const zoneDays = new Map<string, KnownDay>();

const within = (known: KnownDay | undefined, t: number): known is KnownDay => known !== undefined && t >= known.from && t < known.until;

function serverDayAt(now: Date): KnownDay {
  if (!within(serverDay, now.getTime())) serverDay = dayAround(now);
  return serverDay;
}

function zoneDayAt(now: Date, timeZone: string): KnownDay {
  let known = zoneDays.get(timeZone);
  if (!within(known, now.getTime())) {
    known = dayAround(new TZDate(now.getTime(), timeZone));
    zoneDays.set(timeZone, known);
  }
  return known;
}

/** Today's calendar day for a clock (an injectable "now", so tests can stand on any day). */
export function today(now: Date): IsoDate {
  return serverDayAt(now).day;
}

/**
 * Today's calendar day in a time zone (a state's calendar): an evening in Honolulu is already tomorrow in UTC.
 * @date-fns/tz decides where the zone's day starts, as it does for `sameDaysWindow`.
 */
export function todayIn(now: Date, timeZone: string): IsoDate {
  return zoneDayAt(now, timeZone).day;
}

/**
 * The instants (ms) between which `today(now)` and `todayIn(now, zone)` for each zone all keep the day they have
 * at `now`: from the latest of those days' midnights to the earliest of the next ones.
 */
export function sameDaysWindow(now: Date, zones: Iterable<string>): { from: number; until: number } {
  let { from, until } = serverDayAt(now);
  for (const zone of zones) {
    const day = zoneDayAt(now, zone);
    from = Math.max(from, day.from);
    until = Math.min(until, day.until);
  }
  return { from, until };
}

/** A month key (yyyy-MM) in words, for reasons people read: "October 2026". */
export function monthInWords(key: string): string {
  return format(toDate(`${key}-01`), 'MMMM yyyy');
}

/** A calendar day in words: "October 31, 2026". */
export function dayInWords(day: IsoDate): string {
  return format(toDate(day), 'MMMM d, yyyy');
}
