import { describe, expect, it } from 'vitest';
import { todayIn } from '../../server/domain/dates.ts';
import { ACTION_ITEMS_ATTENTION, ACTION_ITEMS_BEHIND, type StateFacts, stateProgress, summariseActionItems } from '../../server/domain/progress.ts';
import { defaultTimeline, isActionItemOverdue } from '../../server/domain/timeline.ts';

const { span, activities } = defaultTimeline(2026);

describe('todayIn', () => {
  const evening = new Date('2026-11-24T05:30:00Z'); // 23:30 in Chicago, 19:30 in Honolulu, the 24th in New York
  it('answers the calendar day in the state’s time zone', () => {
    expect(todayIn(evening, 'America/Chicago')).toBe('2026-11-23');
    expect(todayIn(evening, 'Pacific/Honolulu')).toBe('2026-11-23');
    expect(todayIn(evening, 'America/New_York')).toBe('2026-11-24');
    expect(todayIn(evening, 'UTC')).toBe('2026-11-24');
  });
  it('crosses a daylight-saving change without losing a day', () => {
    expect(todayIn(new Date('2026-11-01T06:30:00Z'), 'America/Chicago')).toBe('2026-11-01');
    expect(todayIn(new Date('2026-03-08T07:30:00Z'), 'America/Chicago')).toBe('2026-03-08');
  });

  // Each zone's local midnights (UTC instants) on days around the 2026 changes to and from daylight time:
  // the last millisecond before one is still the day before, the midnight itself is the new day. Run in this
  // order, the clock also goes back and forth across each edge.
  const midnights: [string, string, string][] = [
    ['America/Los_Angeles', '2026-03-08', '2026-03-08T08:00:00Z'], // a day of 23 hours
    ['America/Los_Angeles', '2026-03-09', '2026-03-09T07:00:00Z'],
    ['America/Los_Angeles', '2026-11-01', '2026-11-01T07:00:00Z'], // a day of 25 hours
    ['America/Los_Angeles', '2026-11-02', '2026-11-02T08:00:00Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00Z'],
    ['Pacific/Honolulu', '2026-03-08', '2026-03-08T10:00:00Z'], // no daylight time: ten hours behind all year
    ['Pacific/Honolulu', '2026-11-01', '2026-11-01T10:00:00Z'],
    ['Asia/Kolkata', '2026-11-01', '2026-10-31T18:30:00Z'], // half an hour off the hour
  ];
  const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  it.each(midnights)('in %s, starts %s at its own midnight, not a millisecond before', (zone, day, midnight) => {
    const at = Date.parse(midnight);
    expect(todayIn(new Date(at - 1), zone)).toBe(dayBefore(day));
    expect(todayIn(new Date(at), zone)).toBe(day);
    expect(todayIn(new Date(at - 1), zone)).toBe(dayBefore(day));
    expect(todayIn(new Date(at + 3_600_000), zone)).toBe(day);
  });

  it('keeps a 23-hour and a 25-hour day whole, to their last millisecond', () => {
    expect(todayIn(new Date(Date.parse('2026-03-09T07:00:00Z') - 1), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(todayIn(new Date(Date.parse('2026-11-02T08:00:00Z') - 1), 'America/Los_Angeles')).toBe('2026-11-01');
    expect(todayIn(new Date(Date.parse('2026-11-02T05:00:00Z') - 1), 'America/New_York')).toBe('2026-11-01');
    // Zones asked in turn keep their own days: at one instant, Honolulu is still on the day before.
    const instant = new Date('2026-11-01T07:30:00Z');
    expect(['America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu', 'Asia/Kolkata'].map((z) => todayIn(instant, z))).toEqual([
      '2026-11-01',
      '2026-11-01',
      '2026-10-31',
      '2026-11-01',
    ]);
  });
});

describe('isActionItemOverdue', () => {
  it('is overdue only when not done and due before today', () => {
    expect(isActionItemOverdue({ dueOn: '2026-11-22', done: false }, '2026-11-23')).toBe(true);
    expect(isActionItemOverdue({ dueOn: '2026-11-23', done: false }, '2026-11-23')).toBe(false);
    expect(isActionItemOverdue({ dueOn: '2026-11-22', done: true }, '2026-11-23')).toBe(false);
    expect(isActionItemOverdue({ dueOn: null, done: false }, '2026-11-23')).toBe(false);
  });
  it('follows the state’s calendar: the same item is overdue in New York before it is in Honolulu', () => {
    const now = new Date('2026-11-24T05:30:00Z');
    const item = { dueOn: '2026-11-23', done: false };
    expect(isActionItemOverdue(item, todayIn(now, 'America/New_York'))).toBe(true);
    expect(isActionItemOverdue(item, todayIn(now, 'Pacific/Honolulu'))).toBe(false);
  });
});

describe('action items in the health signal', () => {
  const today = '2026-11-23';
  const late = (n: number) => Array.from({ length: n }, () => ({ dueOn: '2026-11-01', done: false }));
  const facts = (actionItems: StateFacts['actionItems']): StateFacts => ({
    stateCode: 'AR',
    stateName: 'Arkansas',
    tier: 'intensive',
    pairings: [{ coachId: 'c', coachName: 'Nan Dare', startsOn: '2026-08-01', endsOn: null }],
    calls: ['2026-09-10', '2026-10-08', '2026-11-12'].map((date) => ({ date, status: 'held' as const })),
    visits: [],
    assessments: [{ kind: 'baseline', completedOn: '2026-10-20' }],
    planReadyOn: '2026-11-20',
    milestones: [],
    actionItems,
  });
  const health = (items: StateFacts['actionItems'], stateToday = today) => stateProgress(facts(items), span, activities, today, stateToday);

  it('counts open and overdue items', () => {
    expect(summariseActionItems([...late(2), { dueOn: '2026-12-01', done: false }, { dueOn: '2026-11-01', done: true }, { dueOn: null, done: false }], today)).toEqual({
      open: 4,
      overdue: 2,
    });
  });

  it('leaves one overdue item alone: it is ordinary churn between calls', () => {
    expect(health(late(1))).toMatchObject({ health: 'on_track', actionItems: { open: 1, overdue: 1 } });
    expect(health(undefined)).toMatchObject({ health: 'on_track', actionItems: { open: 0, overdue: 0 } });
  });

  it(`needs attention from ${ACTION_ITEMS_ATTENTION} overdue items, with the count in words`, () => {
    expect(health(late(ACTION_ITEMS_ATTENTION))).toMatchObject({ health: 'needs_attention', reasons: ['2 action items overdue'] });
    expect(health(late(3)).reasons).toEqual(['3 action items overdue']);
  });

  it(`is behind from ${ACTION_ITEMS_BEHIND} overdue items`, () => {
    expect(health(late(ACTION_ITEMS_BEHIND - 1)).health).toBe('needs_attention');
    expect(health(late(ACTION_ITEMS_BEHIND))).toMatchObject({ health: 'behind', reasons: ['5 action items overdue'] });
  });

  it('judges the items by the state’s own day', () => {
    const dueYesterdayInUtc = Array.from({ length: 2 }, () => ({ dueOn: '2026-11-23', done: false }));
    expect(health(dueYesterdayInUtc, '2026-11-23').health).toBe('on_track');
    expect(health(dueYesterdayInUtc, '2026-11-24').reasons).toEqual(['2 action items overdue']);
  });
});
