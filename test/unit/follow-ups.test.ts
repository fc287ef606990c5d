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
