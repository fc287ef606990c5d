/**
 * Every date the dashboard shows to people is formatted here, with date-fns. The API speaks ISO days
 * (2026-10-15) and month keys (2026-10); they are read as local calendar days, never as UTC instants,
 * so that a day never shifts by one in a browser west of Greenwich.
 */
import { differenceInCalendarDays, endOfMonth, format, getDaysInMonth, isValid, parseISO, startOfMonth } from 'date-fns';

/** A calendar day (yyyy-MM-dd) as a local Date at midnight. */
export function toDay(iso: string): Date {
  return parseISO(iso);
}

/**
 * A month key (yyyy-MM) as the local first day of that month. Read as that month's first ISO day: date-fns'
 * general parse would bring its whole format parser (about 20 KB) into every page's first load.
 */
export function toMonth(key: string): Date {
  return /^\d{4}-\d{2}$/.test(key) ? parseISO(`${key}-01`) : new Date(Number.NaN);
}

/** "Oct 15, 2026" */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const day = toDay(iso);
  return isValid(day) ? format(day, 'MMM d, yyyy') : iso;
}

/** "Wednesday, October 15, 2026": for screen readers and titles. */
export function formatDayLong(iso: string): string {
  return format(toDay(iso), 'EEEE, MMMM d, yyyy');
}

/** "Oct 15" */
export function formatDayShort(iso: string): string {
  return format(toDay(iso), 'MMM d');
}

/** "Oct 15 – Nov 30, 2026", or with both years when they differ. */
export function formatSpan(startsOn: string, endsOn: string): string {
  const start = toDay(startsOn);
  const end = toDay(endsOn);
  if (startsOn === endsOn) return format(start, 'MMM d, yyyy');
  if (start.getFullYear() !== end.getFullYear()) return `${format(start, 'MMM d, yyyy')} – ${format(end, 'MMM d, yyyy')}`;
  return `${format(start, 'MMM d')} – ${format(end, 'MMM d, yyyy')}`;
}

// A view names the same dozen months hundreds of times (the progress grid: every cell's label and tooltip),
// and date-fns' parse is slow; a month's label never changes, so each is worked out once.
const monthLabels = new Map<string, string>();
function monthLabel(key: string, pattern: string): string {
  const cacheKey = `${pattern}|${key}`;
  let label = monthLabels.get(cacheKey);
  if (label === undefined) {
    label = format(toMonth(key), pattern);
    monthLabels.set(cacheKey, label);
  }
  return label;
}

/** "Aug" */
export function formatMonthShort(key: string): string {
  return monthLabel(key, 'MMM');
}

/** "August 2026" */
export function formatMonthLong(key: string): string {
  return monthLabel(key, 'MMMM yyyy');
}

/** "Aug 2026": for CSV headers and compact labels. */
export function formatMonth(key: string): string {
  return monthLabel(key, 'MMM yyyy');
}

/** "2026" */
export function formatMonthYear(key: string): string {
  return monthLabel(key, 'yyyy');
}

/** The month key (yyyy-MM) a day falls in. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** "today", "yesterday", "12 days ago", or "no contact yet". */
export function formatDaysAgo(days: number | null): string {
  if (days === null) return 'no contact yet';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** Whole days from one ISO day to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDay(to), toDay(from));
}

/**
 * Where a day falls on a span of months, 0 (the first day's start) to 1 (the last day's end), for drawing
 * bars and the "today" line. A day covers its whole width: `end: true` gives the position of its end.
 */
export function positionInSpan(iso: string, firstMonth: string, lastMonth: string, end = false): number {
  const start = startOfMonth(toMonth(firstMonth));
  const finish = endOfMonth(toMonth(lastMonth));
  const total = differenceInCalendarDays(finish, start) + 1;
  const offset = differenceInCalendarDays(toDay(iso), start) + (end ? 1 : 0);
  return Math.min(1, Math.max(0, offset / total));
}

/** Where a day falls within its own month, 0 to 1: the "today" line inside the current month's column. */
export function positionInMonth(iso: string): number {
  const day = toDay(iso);
  return (day.getDate() - 0.5) / getDaysInMonth(day);
}

/** A filename-safe stamp for exports: 2026-10-15. */
export function fileStamp(iso: string): string {
  return format(toDay(iso), 'yyyy-MM-dd');
}

/**
 * An instant from the API (createdAt, a milestone update's time: ISO 8601 with offset, "2026-11-19 11:00:00+00"
 * too) in the browser's time zone: "Nov 19, 2026, 11:00 AM".
 */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const instant = parseISO(iso);
  return isValid(instant) ? format(instant, 'MMM d, yyyy, h:mm a') : iso;
}

/** The instant's calendar day in the browser's time zone, as an ISO day (for sorting and CSV). */
export function dayOfTimestamp(iso: string): string {
  const instant = parseISO(iso);
  return isValid(instant) ? format(instant, 'yyyy-MM-dd') : iso.slice(0, 10);
}
