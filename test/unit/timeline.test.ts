import { describe, expect, it } from 'vitest';
import { sameDaysWindow, toDate, toIsoDate, today, todayIn } from '../../server/domain/dates.ts';
import {
  type Activity,
  callMonths,
  checkpointStatus,
  daysBetween,
  defaultTimeline,
  isFuture,
  isMilestoneOverdue,
  isPast,
  isWithin,
  latestDay,
  monthKey,
  spansOverlap,
  yearMonths,
} from '../../server/domain/timeline.ts';

const YEAR_2026 = { startsOn: '2026-08-01', endsOn: '2027-08-31' };

const activity = (timeline: { activities: Activity[] }, kind: Activity['kind']): Activity => {
  const found = timeline.activities.find((a) => a.kind === kind);
  if (!found) throw new Error(`no ${kind} activity`);
  return found;
};

describe('dates', () => {
  it('round-trips a calendar day through a local date', () => {
    expect(toIsoDate(toDate('2026-10-31'))).toBe('2026-10-31');
    expect(toIsoDate(toDate('2028-02-29'))).toBe('2028-02-29');
  });

  it('refuses days that are not on the calendar', () => {
    expect(() => toDate('2027-02-29')).toThrow(RangeError);
    expect(() => toDate('2026-04-31')).toThrow('Not a calendar date: 2026-04-31');
    expect(() => toDate('2026-13-01')).toThrow(RangeError);
    expect(() => toDate('not a date')).toThrow(RangeError);
  });

  it("gives today's calendar day for an injected clock", () => {
    expect(today(new Date(2027, 1, 28, 23, 59, 59))).toBe('2027-02-28');
    expect(today(new Date(2028, 1, 29, 0, 0, 0))).toBe('2028-02-29');
    // The day is kept between calls; a clock that goes back or forward still gets its own day.
    expect(today(new Date(2028, 1, 28, 12))).toBe('2028-02-28');
    expect(today(new Date(2028, 1, 28, 23, 59, 59, 999))).toBe('2028-02-28');
    expect(today(new Date(2028, 1, 29, 0, 0, 0, 0))).toBe('2028-02-29');
    expect(today(new Date(2026, 10, 23))).toBe('2026-11-23');
  });

  describe('sameDaysWindow', () => {
    const zones = ['America/Chicago', 'Pacific/Honolulu', 'America/Puerto_Rico', 'Pacific/Guam'];
    const days = (at: number) => [today(new Date(at)), ...zones.map((z) => todayIn(new Date(at), z))].join(' ');
    // Around the November DST change in Chicago, and an ordinary afternoon.
    for (const now of [new Date('2026-11-01T06:30:00Z'), new Date('2026-11-24T15:00:00Z'), new Date('2027-03-14T07:59:00Z')]) {
      it(`keeps every day the same inside it and changes one at its edges (${now.toISOString()})`, () => {
        const { from, until } = sameDaysWindow(now, zones);
        expect(from).toBeLessThanOrEqual(now.getTime());
        expect(until).toBeGreaterThan(now.getTime());
        expect(days(from)).toBe(days(now.getTime()));
        expect(days(until - 1)).toBe(days(now.getTime()));
        expect(days(until)).not.toBe(days(now.getTime()));
        expect(days(from - 1)).not.toBe(days(now.getTime()));
      });
    }
  });
});

describe('yearMonths', () => {
  const months = yearMonths(YEAR_2026);

  it('gives thirteen columns for a year that runs August to August', () => {
    expect(months).toHaveLength(13);
    expect(months.map((m) => m.key)).toEqual([
      '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
      '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08',
    ]);
  });

  it('labels each month with its short name and year', () => {
    expect(months[0].label).toBe('Aug 2026');
    expect(months[5].label).toBe('Jan 2027');
    expect(months[12].label).toBe('Aug 2027');
  });

  it('gives each month its first and last calendar day (31 Jan, then 1 Feb)', () => {
    expect(months[0]).toEqual({ key: '2026-08', label: 'Aug 2026', startsOn: '2026-08-01', endsOn: '2026-08-31' });
    expect(months[5]).toEqual({ key: '2027-01', label: 'Jan 2027', startsOn: '2027-01-01', endsOn: '2027-01-31' });
    expect(months[6].startsOn).toBe('2027-02-01');
    expect(months[3].endsOn).toBe('2026-11-30');
  });

  it('ends February on the 28th in a common year (2027) and the 29th in a leap year (2028)', () => {
    expect(months[6]).toEqual({ key: '2027-02', label: 'Feb 2027', startsOn: '2027-02-01', endsOn: '2027-02-28' });
    const leap = yearMonths({ startsOn: '2027-08-01', endsOn: '2028-08-31' });
    expect(leap).toHaveLength(13);
    expect(leap.find((m) => m.key === '2028-02')).toEqual({
      key: '2028-02',
      label: 'Feb 2028',
      startsOn: '2028-02-01',
      endsOn: '2028-02-29',
    });
  });

  it('counts a month the span only touches on one day', () => {
    expect(yearMonths({ startsOn: '2026-08-31', endsOn: '2026-09-01' }).map((m) => m.key)).toEqual(['2026-08', '2026-09']);
    expect(yearMonths({ startsOn: '2026-11-14', endsOn: '2026-11-14' }).map((m) => m.key)).toEqual(['2026-11']);
  });
});

describe('monthKey', () => {
  it('gives the yyyy-MM of a day, including the last day of a month', () => {
    expect(monthKey('2027-01-31')).toBe('2027-01');
    expect(monthKey('2027-02-01')).toBe('2027-02');
    expect(monthKey('2028-02-29')).toBe('2028-02');
  });
});

describe('isWithin', () => {
  it('includes both the first and the last day of the year', () => {
    expect(isWithin(YEAR_2026, '2026-08-01')).toBe(true);
    expect(isWithin(YEAR_2026, '2027-08-31')).toBe(true);
    expect(isWithin(YEAR_2026, '2027-02-28')).toBe(true);
  });

  it('excludes the day before the year starts and the day after it ends', () => {
    expect(isWithin(YEAR_2026, '2026-07-31')).toBe(false);
    expect(isWithin(YEAR_2026, '2027-09-01')).toBe(false);
  });
});

describe('spansOverlap', () => {
  const december = { startsOn: '2026-12-01', endsOn: '2026-12-31' };

  it('counts sharing a single day as overlapping', () => {
    expect(spansOverlap({ startsOn: '2026-08-01', endsOn: '2026-12-01' }, december)).toBe(true);
    expect(spansOverlap({ startsOn: '2026-12-31', endsOn: '2027-03-01' }, december)).toBe(true);
  });

  it('treats an open end as running on for ever', () => {
    expect(spansOverlap({ startsOn: '2026-08-01', endsOn: null }, december)).toBe(true);
    expect(spansOverlap({ startsOn: '2027-01-01', endsOn: null }, december)).toBe(false);
  });

  it('does not overlap a span that ended the day before', () => {
    expect(spansOverlap({ startsOn: '2026-08-01', endsOn: '2026-11-30' }, december)).toBe(false);
  });
});

describe('callMonths', () => {
  it('asks for a call in every month from September through August of the next year', () => {
    const keys = callMonths(defaultTimeline(2026).activities);
    expect([...keys].sort()).toEqual([
      '2026-09', '2026-10', '2026-11', '2026-12',
      '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08',
    ]);
  });

  it('does not ask for a call in the kick-off month (August of the start year)', () => {
    expect(callMonths(defaultTimeline(2026).activities).has('2026-08')).toBe(false);
  });

  it('only reads first_call and monthly_calls activities', () => {
    const only = (kind: Activity['kind']): Activity => ({
      kind,
      title: kind,
      startsOn: '2026-10-01',
      endsOn: '2026-11-30',
      dueOn: null,
      requiredCount: 1,
    });
    expect(callMonths([only('site_visits'), only('webinars'), only('plan')]).size).toBe(0);
    expect([...callMonths([only('monthly_calls')])]).toEqual(['2026-10', '2026-11']);
    expect(callMonths([])).toEqual(new Set());
  });
});

describe('isPast and isFuture', () => {
  it('are both false on the day itself', () => {
    expect(isPast('2026-10-31', '2026-10-31')).toBe(false);
    expect(isFuture('2026-10-31', '2026-10-31')).toBe(false);
  });

  it('compare whole calendar days', () => {
    expect(isPast('2026-10-31', '2026-11-01')).toBe(true);
    expect(isFuture('2026-11-01', '2026-10-31')).toBe(true);
    expect(isPast('2026-11-01', '2026-10-31')).toBe(false);
  });
});

describe('checkpointStatus', () => {
  const due = '2026-10-31';

  it('is met when done on or before the due day', () => {
    expect(checkpointStatus(due, '2026-10-15', '2026-12-01')).toBe('met');
    expect(checkpointStatus(due, '2026-10-31', '2026-12-01')).toBe('met');
  });

  it('is met_late when done after the due day', () => {
    expect(checkpointStatus(due, '2026-11-01', '2026-12-01')).toBe('met_late');
  });

  it('stays met once done, whatever day it is', () => {
    expect(checkpointStatus(due, '2026-10-01', '2026-10-05')).toBe('met');
  });

  it('is pending before and on the due day itself', () => {
    expect(checkpointStatus(due, null, '2026-09-15')).toBe('pending');
    expect(checkpointStatus(due, null, '2026-10-31')).toBe('pending');
  });

  it('is overdue from the day after the due day', () => {
    expect(checkpointStatus(due, null, '2026-11-01')).toBe('overdue');
    expect(checkpointStatus(due, null, '2027-08-31')).toBe('overdue');
  });
});

describe('isMilestoneOverdue', () => {
  const todayIso = '2027-02-15';

  it('is overdue once the due day has passed and the milestone is still open', () => {
    expect(isMilestoneOverdue({ dueOn: '2027-02-14', status: 'not_started' }, todayIso)).toBe(true);
    expect(isMilestoneOverdue({ dueOn: '2027-02-14', status: 'in_progress' }, todayIso)).toBe(true);
    expect(isMilestoneOverdue({ dueOn: '2026-11-30', status: 'at_risk' }, todayIso)).toBe(true);
  });

  it('is never overdue when completed or deferred', () => {
    expect(isMilestoneOverdue({ dueOn: '2026-11-30', status: 'completed' }, todayIso)).toBe(false);
    expect(isMilestoneOverdue({ dueOn: '2026-11-30', status: 'deferred' }, todayIso)).toBe(false);
  });

  it('is not overdue on its due day', () => {
    expect(isMilestoneOverdue({ dueOn: todayIso, status: 'not_started' }, todayIso)).toBe(false);
  });

  it('is not overdue before its due day', () => {
    expect(isMilestoneOverdue({ dueOn: '2027-03-01', status: 'at_risk' }, todayIso)).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts calendar days forwards, and backwards as a negative number', () => {
    expect(daysBetween('2026-10-01', '2026-10-31')).toBe(30);
    expect(daysBetween('2026-10-31', '2026-10-01')).toBe(-30);
    expect(daysBetween('2026-10-31', '2026-10-31')).toBe(0);
  });

  it('counts across a year boundary', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-12-15', '2027-01-15')).toBe(31);
  });

  it('counts the leap day in 2028 and no leap day in 2027', () => {
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-08-01', '2028-08-01')).toBe(366);
    expect(daysBetween('2026-08-01', '2027-08-01')).toBe(365);
  });

  it('is not thrown off by daylight-saving changes', () => {
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });
});

describe('latestDay', () => {
  it('gives the latest of a list of days, or null for none', () => {
    expect(latestDay(['2026-09-10', '2027-01-31', '2026-12-01'])).toBe('2027-01-31');
    expect(latestDay([])).toBeNull();
  });
});

describe('defaultTimeline(2026)', () => {
  const timeline = defaultTimeline(2026);

  it('spans 1 August 2026 to 31 August 2027', () => {
    expect(timeline.span).toEqual({ startsOn: '2026-08-01', endsOn: '2027-08-31' });
  });

  it('lists the deck activities in order', () => {
    expect(timeline.activities.map((a) => a.kind)).toEqual([
      'kickoff',
      'first_call',
      'assessment',
      'plan',
      'regional_meeting',
      'monthly_calls',
      'peer_mentoring',
      'site_visits',
      'webinars',
      'reassessment',
    ]);
  });

  it('holds the kick-off in August 2026', () => {
    expect(activity(timeline, 'kickoff')).toMatchObject({ startsOn: '2026-08-01', endsOn: '2026-08-31', dueOn: null });
  });

  it('puts the first call in September 2026', () => {
    expect(activity(timeline, 'first_call')).toMatchObject({ startsOn: '2026-09-01', endsOn: '2026-09-30', dueOn: null });
  });

  it('makes the baseline assessment due on 31 October 2026', () => {
    expect(activity(timeline, 'assessment')).toMatchObject({
      startsOn: '2026-09-01',
      endsOn: '2026-10-31',
      dueOn: '2026-10-31',
      requiredCount: 1,
    });
  });

  it('makes the project plan due on 30 November 2026', () => {
    expect(activity(timeline, 'plan')).toMatchObject({ startsOn: '2026-10-01', endsOn: '2026-11-30', dueOn: '2026-11-30' });
  });

  it('holds the first regional meeting on 14 November 2026', () => {
    expect(activity(timeline, 'regional_meeting')).toMatchObject({
      title: 'First regional meeting (Chicago)',
      startsOn: '2026-11-14',
      endsOn: '2026-11-14',
      dueOn: null,
    });
  });

  it('runs monthly calls from 1 October 2026 to 31 August 2027', () => {
    expect(activity(timeline, 'monthly_calls')).toMatchObject({ startsOn: '2026-10-01', endsOn: '2027-08-31', dueOn: null });
  });

  it('requires two site visits by 31 July 2027', () => {
    expect(activity(timeline, 'site_visits')).toEqual({
      kind: 'site_visits',
      title: 'Two site visits (scheduled by state and coach)',
      startsOn: '2026-10-01',
      endsOn: '2027-07-31',
      dueOn: '2027-07-31',
      requiredCount: 2,
    });
  });

  it('makes the year-end reassessment due on 31 August 2027', () => {
    expect(activity(timeline, 'reassessment')).toMatchObject({ startsOn: '2027-06-01', endsOn: '2027-08-31', dueOn: '2027-08-31' });
  });

  it('keeps every activity inside the year', () => {
    for (const a of timeline.activities) {
      expect(isWithin(timeline.span, a.startsOn), `${a.kind} starts inside`).toBe(true);
      expect(isWithin(timeline.span, a.endsOn), `${a.kind} ends inside`).toBe(true);
    }
  });

  it('gives only the assessment, plan, site visits and reassessment a due day', () => {
    expect(timeline.activities.filter((a) => a.dueOn).map((a) => a.kind)).toEqual(['assessment', 'plan', 'site_visits', 'reassessment']);
  });
});

describe('defaultTimeline(2027), a year that crosses the leap day', () => {
  const timeline = defaultTimeline(2027);

  it('spans 1 August 2027 to 31 August 2028', () => {
    expect(timeline.span).toEqual({ startsOn: '2027-08-01', endsOn: '2028-08-31' });
  });

  it('shifts every checkpoint by one year', () => {
    expect(activity(timeline, 'assessment').dueOn).toBe('2027-10-31');
    expect(activity(timeline, 'plan').dueOn).toBe('2027-11-30');
    expect(activity(timeline, 'regional_meeting').startsOn).toBe('2027-11-14');
    expect(activity(timeline, 'site_visits').dueOn).toBe('2028-07-31');
    expect(activity(timeline, 'monthly_calls')).toMatchObject({ startsOn: '2027-10-01', endsOn: '2028-08-31' });
  });

  it('has thirteen months with a 29-day February 2028', () => {
    const months = yearMonths(timeline.span);
    expect(months).toHaveLength(13);
    expect(months[0].key).toBe('2027-08');
    expect(months[12].key).toBe('2028-08');
    expect(months[6]).toMatchObject({ key: '2028-02', startsOn: '2028-02-01', endsOn: '2028-02-29' });
  });

  it('asks for a call in February 2028 and counts the leap day inside the call window', () => {
    expect(callMonths(timeline.activities).has('2028-02')).toBe(true);
    expect(callMonths(timeline.activities).size).toBe(12);
    expect(isWithin(activity(timeline, 'monthly_calls'), '2028-02-29')).toBe(true);
  });
});
