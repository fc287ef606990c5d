import { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns';
import type { IsoDate } from './dates.ts';

/**
 * Wall-clock times in a state's IANA zone turned into instants, with the zone rules of @date-fns/tz
 * (the platform's tz database), so a 10:00 Chicago call is 15:00Z in October and 16:00Z in November.
 */
export function zonedInstant(day: IsoDate, clock: string, zone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes, seconds = 0] = clock.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, date, hours, minutes, seconds, zone).getTime());
}

/** Start and end instants of a meeting; its length is elapsed time, so it is added to the instant. */
export function zonedSpan(day: IsoDate, clock: string, durationMinutes: number, zone: string): { start: Date; end: Date } {
  const start = zonedInstant(day, clock, zone);
  return { start, end: addMinutes(start, durationMinutes) };
}
