/** What the report pages compute from the report answers: the year to open, the CSV, and figures in words. */
import { format } from 'date-fns';
import type { AttendanceStatus, CrossStateReport, ReportDomainGrowth, ReportFigures } from './api-reports.ts';
import type { DomainRow } from './assessment.ts';
import { formatAverage, formatChange } from './assessment.ts';
import { healthLabel, tierLabel } from './labels.ts';
import type { ProgramYear } from './types.ts';

/** The year a report opens on without one in the URL: the one containing today, else the newest. */
export function defaultReportYear(years: Pick<ProgramYear, 'id' | 'startsOn' | 'endsOn'>[], todayIso: string): string | null {
  const current = years.find((y) => y.startsOn <= todayIso && todayIso <= y.endsOn);
  if (current) return current.id;
  const newest = [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return newest?.id ?? null;
}

/** Today in the browser, as the ISO day the years are compared with. */
export const browserToday = () => format(new Date(), 'yyyy-MM-dd');

/** "5 of 7", or an en dash when nothing was expected. */
export const outOf = (done: number, of: number) => (of === 0 ? '–' : `${done} of ${of}`);

/** Growth rows in the shape the assessment chart and table draw (reports carry no priority flags). */
export const growthRows = (domains: ReportDomainGrowth[]): DomainRow[] => domains.map((d) => ({ ...d, priorities: 0 }));

const figureColumns: [string, (f: ReportFigures) => string | number | null][] = [
  ['Calls held', (f) => f.callsHeld],
  ['Months with a call', (f) => f.callMonthsMet],
  ['Months expected', (f) => f.callMonthsExpected],
  ['Site visits completed', (f) => f.visitsCompleted],
  ['Site visits required', (f) => f.visitsRequired],
  ['Events attended', (f) => f.eventsAttended],
  ['Events held', (f) => f.eventsHeld],
  ['Checkpoints met on time', (f) => f.checkpointsOnTime],
  ['Checkpoints met late', (f) => f.checkpointsLate],
  ['Checkpoints overdue', (f) => f.checkpointsOverdue],
  ['Milestones', (f) => f.milestonesTotal],
  ['Milestones completed', (f) => f.milestonesCompleted],
  ['Completed on time', (f) => f.milestonesCompletedOnTime],
  ['Milestones overdue', (f) => f.milestonesOverdue],
  ['Baseline average', (f) => f.baselineAverage],
  ['Reassessment average', (f) => f.reassessmentAverage],
  ['Growth', (f) => f.growth],
];

/** The cross-state report as CSV: a row per state, a totals row, then growth by domain across states. */
export function crossStateCsvRows(report: CrossStateReport): (string | number | null)[][] {
  const n = report.states.length;
  return [
    ['State', 'Code', 'Tier', 'Health', ...figureColumns.map(([label]) => label), 'Summary'],
    ...report.states.map((s) => [s.stateName, s.stateCode, tierLabel(s.tier), healthLabel[s.health], ...figureColumns.map(([, get]) => get(s)), s.summary]),
    [`All ${n} ${n === 1 ? 'state' : 'states'}`, '', '', '', ...figureColumns.map(([, get]) => get(report.totals)), ''],
    [],
    ['Domain', 'Baseline average', 'Reassessment average', 'Change', 'States compared'],
    ...report.growth.map((g) => [g.title, g.baseline, g.reassessment, g.change, g.statesCompared]),
  ];
}

/** A state's assessment figures in one phrase: "1.8 → 2.5 (+0.7)". */
export function growthInWords(f: Pick<ReportFigures, 'baselineAverage' | 'reassessmentAverage' | 'growth'>): string {
  if (f.baselineAverage === null) return 'No baseline';
  if (f.reassessmentAverage === null) return `${formatAverage(f.baselineAverage)} → not yet reassessed`;
  return `${formatAverage(f.baselineAverage)} → ${formatAverage(f.reassessmentAverage)} (${formatChange(f.growth)})`;
}

export const attendanceLabel: Record<AttendanceStatus, string> = {
  attended: 'Attended',
  absent: 'Absent',
  excused: 'Excused',
  not_recorded: 'Not recorded',
};
