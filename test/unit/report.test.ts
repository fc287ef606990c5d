import { describe, expect, it } from 'vitest';
import type { DomainGrowth } from '../../server/domain/growth.ts';
import { type Checkpoint, type MonthCell, type StateFacts, stateProgress } from '../../server/domain/progress.ts';
import {
  type Headline,
  callDelivery,
  completedOnTime,
  growthAcrossStates,
  headlineTotals,
  milestoneOutcome,
  narrative,
  overallGrowth,
  tallyCheckpoints,
  visitDelivery,
} from '../../server/domain/report.ts';
import { defaultTimeline } from '../../server/domain/timeline.ts';

/** The deck's 2026–27 year: calls expected September 2026 through August 2027. */
const { span, activities } = defaultTimeline(2026);

const facts = (overrides: Partial<StateFacts> = {}): StateFacts => ({
  stateCode: 'AR',
  stateName: 'Arkansas',
  tier: 'intensive',
  pairings: [],
  calls: [],
  visits: [],
  assessments: [],
  planReadyOn: null,
  milestones: [],
  ...overrides,
});
const monthsOf = (f: StateFacts, today: string): MonthCell[] => stateProgress(f, span, activities, today).months;

describe('callDelivery: calls held against the call window', () => {
  it('expects a call in every window month begun by today, and names the months missed', () => {
    const f = facts({
      calls: [
        { date: '2026-08-20', status: 'held' },
        { date: '2026-09-10', status: 'held' },
        { date: '2026-09-24', status: 'held' },
        { date: '2026-11-12', status: 'held' },
        { date: '2026-12-02', status: 'scheduled' },
      ],
    });
    expect(callDelivery(monthsOf(f, '2026-12-01'), '2026-12-01')).toEqual({
      held: 4,
      monthsMet: 2,
      monthsExpected: 4,
      monthsInWindow: 12,
      missedMonths: ['2026-10'],
    });
  });

  it('counts the first day of a month as begun, and the day before as not', () => {
    expect(callDelivery(monthsOf(facts(), '2026-10-01'), '2026-10-01').monthsExpected).toBe(2);
    expect(callDelivery(monthsOf(facts(), '2026-09-30'), '2026-09-30').monthsExpected).toBe(1);
  });

  it('expects nothing of a light-touch state', () => {
    const f = facts({ tier: 'light_touch', calls: [{ date: '2026-10-01', status: 'held' }] });
    expect(callDelivery(monthsOf(f, '2027-08-31'), '2027-08-31')).toMatchObject({ held: 1, monthsExpected: 0, monthsInWindow: 0, missedMonths: [] });
  });
});

const checkpoint = (kind: string, status: Checkpoint['status'], done = 1, required = 1): Checkpoint => ({
  kind,
  title: kind,
  dueOn: '2026-10-31',
  status,
  metOn: null,
  done,
  required,
});

describe('checkpoints and visits', () => {
  it('tallies checkpoints met on time, met late, overdue and pending', () => {
    const list = [checkpoint('assessment', 'met'), checkpoint('plan', 'met_late'), checkpoint('site_visits', 'overdue', 1, 2), checkpoint('reassessment', 'pending', 0)];
    expect(tallyCheckpoints(list)).toEqual({ onTime: 1, late: 1, overdue: 1, pending: 1 });
  });

  it('reads visits done against the required count, and none required without the checkpoint', () => {
    expect(visitDelivery([checkpoint('site_visits', 'overdue', 1, 2)])).toEqual({ completed: 1, required: 2 });
    expect(visitDelivery([])).toEqual({ completed: 0, required: 0 });
  });
});

describe('milestones: completed on time or late', () => {
  it('is on time on the due day itself and late the day after', () => {
    expect(completedOnTime({ dueOn: '2026-12-15', completedOn: '2026-12-15' }, '2027-01-01')).toBe(true);
    expect(completedOnTime({ dueOn: '2026-12-15', completedOn: '2026-12-16' }, '2027-01-01')).toBe(false);
  });

  it('counts by status and lists the completed ones in completion order', () => {
    const m = (title: string, status: string, dueOn: string, completedOn: string | null = null) =>
      ({ title, goalTitle: 'Partnerships', status, dueOn, completedOn }) as Parameters<typeof milestoneOutcome>[0][number];
    const outcome = milestoneOutcome(
      [
        m('Late one', 'completed', '2026-10-01', '2026-10-20'),
        m('Early one', 'completed', '2026-12-01', '2026-09-30'),
        m('Open', 'in_progress', '2026-12-01'),
        m('Risky', 'at_risk', '2026-12-01'),
        m('Parked', 'deferred', '2026-12-01'),
      ],
      '2026-11-23',
    );
    expect(outcome.byStatus).toEqual({ not_started: 0, in_progress: 1, completed: 2, at_risk: 1, deferred: 1 });
    expect(outcome.completedOnTime).toBe(1);
    expect(outcome.completedLate).toBe(1);
    expect(outcome.completed.map((c) => [c.title, c.onTime])).toEqual([
      ['Early one', true],
      ['Late one', false],
    ]);
  });
});

const g = (key: string, baseline: number | null, reassessment: number | null): DomainGrowth => ({
  key,
  title: `Domain ${key}`,
  baseline,
  reassessment,
  change: baseline !== null && reassessment !== null ? Math.round((reassessment - baseline) * 10) / 10 : null,
});

describe('growth', () => {
  it('averages the domains, and the change only over domains rated both times', () => {
    expect(overallGrowth([g('a', 1.5, 2.5), g('b', 2, 2.3), g('c', 3, null)])).toEqual({ baseline: 2.2, reassessment: 2.4, change: 0.7, domainsCompared: 2 });
    expect(overallGrowth([])).toEqual({ baseline: null, reassessment: null, change: null, domainsCompared: 0 });
  });

  it('averages each domain across states by key, counting the states compared', () => {
    const across = growthAcrossStates([
      [g('partners', 1, 2), g('funding', 2, null)],
      [g('partners', 2, 4), g('funding', 3, 3.5)],
      [],
    ]);
    expect(across).toEqual([
      { key: 'partners', title: 'Domain partners', baseline: 1.5, reassessment: 3, change: 1.5, statesCompared: 2 },
      { key: 'funding', title: 'Domain funding', baseline: 2.5, reassessment: 3.5, change: 0.5, statesCompared: 1 },
    ]);
  });
});

const figures = (overrides: Partial<Headline> = {}): Headline => ({
  callsHeld: 3,
  callMonthsMet: 3,
  callMonthsExpected: 4,
  visitsCompleted: 1,
  visitsRequired: 2,
  eventsAttended: 2,
  eventsHeld: 3,
  checkpointsOnTime: 1,
  checkpointsLate: 1,
  checkpointsOverdue: 0,
  milestonesTotal: 5,
  milestonesCompleted: 2,
  milestonesCompletedOnTime: 1,
  milestonesOverdue: 1,
  baselineAverage: 1.8,
  reassessmentAverage: 2.4,
  growth: 0.6,
  ...overrides,
});

describe('headline totals', () => {
  it('adds the counts and averages the assessment figures over the states that have them', () => {
    const totals = headlineTotals([figures(), figures({ callsHeld: 5, baselineAverage: 2.2, reassessmentAverage: null, growth: null })]);
    expect(totals.callsHeld).toBe(8);
    expect(totals.visitsRequired).toBe(4);
    expect(totals.baselineAverage).toBe(2);
    expect(totals.reassessmentAverage).toBe(2.4);
    expect(totals.growth).toBe(0.6);
    expect(headlineTotals([]).baselineAverage).toBeNull();
  });
});

describe('narrative', () => {
  it('sums an intensive state up from its figures', () => {
    expect(narrative('Arkansas', 'intensive', figures())).toBe(
      'Arkansas: calls held in 3 of 4 months expected (3 calls in all); 1 of 2 site visits completed; 2 of 3 events attended; ' +
        '2 of 2 checkpoints due met (1 late); 2 of 5 milestones completed (1 on time); and assessment growth of +0.6 (baseline 1.8, reassessment 2.4).',
    );
  });

  it('says what is missing rather than inventing a figure', () => {
    const line = narrative('Iowa', 'intensive', figures({ reassessmentAverage: null, growth: null, checkpointsOnTime: 0, checkpointsLate: 0, eventsHeld: 0 }));
    expect(line).toContain('no events held yet');
    expect(line).toContain('no checkpoint due yet');
    expect(line).toContain('a baseline average of 1.8 and no completed reassessment yet');
    expect(narrative('Iowa', 'intensive', figures({ baselineAverage: null, reassessmentAverage: null, growth: null }))).toContain('no completed baseline assessment');
  });

  it('reports a light-touch state by its events only', () => {
    expect(narrative('Missouri', 'light_touch', figures())).toBe('Missouri took part as a light-touch state: 2 of 3 events attended.');
  });
});
