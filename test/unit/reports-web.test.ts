import { describe, expect, it } from 'vitest';
import type { CrossStateReport, ReportFigures } from '../../web/src/lib/api-reports.ts';
import { type DueItem, dueCsvRows } from '../../web/src/lib/engagement.ts';
import { timelineCsvRows } from '../../web/src/lib/timeline.ts';
import type { TimelineActivity } from '../../web/src/lib/types.ts';
import { crossStateCsvRows, defaultReportYear, growthInWords, growthRows, outOf } from '../../web/src/lib/reports.ts';

const years = [
  { id: 'y25', startsOn: '2025-08-01', endsOn: '2026-08-31' },
  { id: 'y26', startsOn: '2026-08-01', endsOn: '2027-08-31' },
];

describe('reports (web): the year a report opens on', () => {
  it('is the year containing today, else the newest, else none', () => {
    expect(defaultReportYear(years, '2027-03-15')).toBe('y26');
    expect(defaultReportYear(years, '2026-01-10')).toBe('y25');
    expect(defaultReportYear(years, '2030-01-01')).toBe('y26');
    expect(defaultReportYear([], '2026-01-10')).toBeNull();
  });
});

const figures = (overrides: Partial<ReportFigures> = {}): ReportFigures => ({
  callsHeld: 6,
  callMonthsMet: 5,
  callMonthsExpected: 7,
  visitsCompleted: 1,
  visitsRequired: 2,
  eventsAttended: 2,
  eventsHeld: 3,
  checkpointsOnTime: 2,
  checkpointsLate: 1,
  checkpointsOverdue: 0,
  milestonesTotal: 5,
  milestonesCompleted: 2,
  milestonesCompletedOnTime: 1,
  milestonesOverdue: 1,
  baselineAverage: 1.8,
  reassessmentAverage: 2.5,
  growth: 0.8,
  ...overrides,
});

describe('reports (web): figures in words and as CSV', () => {
  it('writes a fraction, or a dash when nothing was expected', () => {
    expect(outOf(5, 7)).toBe('5 of 7');
    expect(outOf(0, 0)).toBe('–');
  });

  it('writes growth from baseline to reassessment, saying what is missing', () => {
    expect(growthInWords(figures())).toBe('1.8 → 2.5 (+0.8)');
    expect(growthInWords(figures({ reassessmentAverage: null, growth: null }))).toBe('1.8 → not yet reassessed');
    expect(growthInWords(figures({ baselineAverage: null }))).toBe('No baseline');
  });

  it('gives the chart rows without priority flags', () => {
    expect(growthRows([{ key: 'a', title: 'A', baseline: 1, reassessment: 2, change: 1 }])).toEqual([
      { key: 'a', title: 'A', baseline: 1, reassessment: 2, change: 1, priorities: 0 },
    ]);
  });

  it('exports a row per state, the totals, then growth by domain', () => {
    const report: CrossStateReport = {
      programYear: { id: 'y26', name: '2026–27', startsOn: '2026-08-01', endsOn: '2027-08-31' },
      today: '2027-03-15',
      states: [{ stateCode: 'AR', stateName: 'Arkansas', tier: 'intensive', health: 'on_track', summary: 'Arkansas: calls held, all good.', ...figures() }],
      totals: figures(),
      growth: [{ key: 'partners', title: 'Partnerships', baseline: 1.5, reassessment: 3, change: 1.5, statesCompared: 1 }],
    };
    const rows = crossStateCsvRows(report);
    expect(rows[0].slice(0, 5)).toEqual(['State', 'Code', 'Tier', 'Health', 'Calls held']);
    expect(rows[0].at(-1)).toBe('Summary');
    expect(rows[1].slice(0, 6)).toEqual(['Arkansas', 'AR', 'Intensive', 'On track', 6, 5]);
    expect(rows[1].at(-1)).toBe('Arkansas: calls held, all good.');
    expect(rows[2][0]).toBe('All 1 state');
    expect(rows[2]).toHaveLength(rows[0].length);
    expect(rows[3]).toEqual([]);
    expect(rows[5]).toEqual(['Partnerships', 1.5, 3, 1.5, 1]);
  });
});

describe('CSV exports of the lists that had none: the timeline and what is due', () => {
  it('exports the timeline activities with their status on the day', () => {
    const rows = timelineCsvRows(
      [
        { id: 'a', kind: 'assessment', title: 'Readiness assessment', startsOn: '2026-09-01', endsOn: '2026-10-31', dueOn: '2026-10-31', requiredCount: 1 },
        { id: 'b', kind: 'site_visits', title: 'Two site visits', startsOn: '2026-10-01', endsOn: '2027-07-31', dueOn: '2027-07-31', requiredCount: 2 },
      ] as TimelineActivity[],
      '2026-11-23',
    );
    expect(rows[0]).toEqual(['Activity', 'Kind', 'Starts', 'Ends', 'Due', 'Required', 'Status']);
    expect(rows[1]).toEqual(['Readiness assessment', expect.any(String), '2026-09-01', '2026-10-31', '2026-10-31', 1, 'Finished']);
    expect(rows[2]).toEqual(['Two site visits', expect.any(String), '2026-10-01', '2027-07-31', '2027-07-31', 2, 'Under way']);
  });

  it('exports the due-or-overdue list', () => {
    const item: DueItem = {
      key: 'k',
      tone: 'overdue',
      stateCode: 'AR',
      stateName: 'Arkansas',
      what: "Hold this month's call",
      detail: 'No call held or scheduled in November 2026',
      dueOn: '2026-11-30',
      href: '/calls/new?state=AR',
      action: 'Log a call',
    };
    expect(dueCsvRows([item, { ...item, key: 'j', tone: 'due', dueOn: null }])).toEqual([
      ['Status', 'State', 'Code', 'What', 'Why', 'Due'],
      ['Overdue', 'Arkansas', 'AR', "Hold this month's call", 'No call held or scheduled in November 2026', '2026-11-30'],
      ['Due', 'Arkansas', 'AR', "Hold this month's call", 'No call held or scheduled in November 2026', null],
    ]);
  });
});
