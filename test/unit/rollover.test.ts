import { getDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate, toIsoDate } from '../../server/domain/dates.ts';
import { clashWindow, nextYearName, shiftDay, shiftMeetingDay, shiftSpan } from '../../server/domain/rollover.ts';

describe('shiftDay', () => {
  it('moves a day a year on, keeping the last day of a month the last day', () => {
    expect(shiftDay('2026-08-01')).toBe('2027-08-01');
    expect(shiftDay('2026-10-31')).toBe('2027-10-31');
    expect(shiftDay('2027-02-28')).toBe('2028-02-29');
    expect(shiftDay('2028-02-29')).toBe('2029-02-28');
    expect(shiftDay('2027-02-27')).toBe('2028-02-27');
  });

  it('shifts a program year August to August onto the next August to August', () => {
    expect(shiftSpan({ startsOn: '2026-08-01', endsOn: '2027-08-31' })).toEqual({ startsOn: '2027-08-01', endsOn: '2028-08-31' });
  });
});

describe('shiftMeetingDay', () => {
  it("keeps the demo year's meetings on their weekday and week of the month", () => {
    expect(shiftMeetingDay('2026-08-24')).toBe('2027-08-23'); // fourth Monday of August
    expect(shiftMeetingDay('2026-10-28')).toBe('2027-10-27'); // fourth Wednesday: late October
    expect(shiftMeetingDay('2026-11-14')).toBe('2027-11-13'); // second Saturday of November
    expect(shiftMeetingDay('2027-01-27')).toBe('2028-01-26'); // fourth Wednesday: late January
    expect(shiftMeetingDay('2027-04-14')).toBe('2028-04-12'); // second Wednesday: mid-April
    expect(shiftMeetingDay('2027-07-14')).toBe('2028-07-12'); // second Wednesday: mid-July
  });

  it('turns a fifth weekday the next month lacks into that month’s last one', () => {
    expect(shiftMeetingDay('2026-10-29')).toBe('2027-10-28'); // fifth Thursday → last Thursday
    expect(shiftMeetingDay('2026-12-31')).toBe('2027-12-30'); // fifth Thursday → last (fifth) Thursday
  });

  it('always keeps the weekday and the month, and stays within a week of the same date', () => {
    const days = fc.integer({ min: 0, max: 365 * 30 }).map((n) => toIsoDate(new Date(2000, 0, 1 + n)));
    fc.assert(
      fc.property(days, (day) => {
        const next = shiftMeetingDay(day);
        expect(getDay(toDate(next))).toBe(getDay(toDate(day)));
        expect(next.slice(5, 7)).toBe(day.slice(5, 7));
        expect(Number(next.slice(0, 4))).toBe(Number(day.slice(0, 4)) + 1);
        expect(Math.abs(Number(next.slice(8)) - Number(day.slice(8)))).toBeLessThanOrEqual(7);
      }),
    );
  });
});

describe('nextYearName', () => {
  it('moves every year in the name on by one', () => {
    expect(nextYearName('2026–27 cohort', '2027-08-01')).toBe('2027–28 cohort');
    expect(nextYearName('Program year 2026-2027', '2027-08-01')).toBe('Program year 2027-2028');
    expect(nextYearName('1999–00 pilot', '2000-08-01')).toBe('2000–01 pilot');
    expect(nextYearName('Cohort 2026', '2027-08-01')).toBe('Cohort 2027');
  });

  it('adds the start year to a name without one', () => {
    expect(nextYearName('Pilot cohort', '2027-08-01')).toBe('Pilot cohort (2027)');
  });
});

describe('clashWindow', () => {
  it('lets the year after next share the new year’s last month, and catches any year reaching into it before then', () => {
    expect(clashWindow({ startsOn: '2027-08-01', endsOn: '2028-08-31' })).toEqual({ startsBefore: '2028-08-01', endsOnOrAfter: '2027-08-01' });
  });
});
