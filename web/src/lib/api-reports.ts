/**
 * Year-end reports (server/modules/reports): one state's report and the report across the caller's states.
 * Response types mirror reports.schemas.ts.
 */
import { request, type LoadContext } from './http.ts';
import type { CheckpointStatus, Health, IsoDay, Tier } from './types.ts';

export interface ReportYear {
  id: string;
  name: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
}

export interface ReportFigures {
  callsHeld: number;
  callMonthsMet: number;
  callMonthsExpected: number;
  visitsCompleted: number;
  visitsRequired: number;
  eventsAttended: number;
  eventsHeld: number;
  checkpointsOnTime: number;
  checkpointsLate: number;
  checkpointsOverdue: number;
  milestonesTotal: number;
  milestonesCompleted: number;
  milestonesCompletedOnTime: number;
  milestonesOverdue: number;
  baselineAverage: number | null;
  reassessmentAverage: number | null;
  growth: number | null;
}

export interface ReportDomainGrowth {
  key: string;
  title: string;
  baseline: number | null;
  reassessment: number | null;
  change: number | null;
}

export type MilestoneStatus = 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'deferred';
export type AttendanceStatus = 'attended' | 'absent' | 'excused' | 'not_recorded';

export interface StateReport {
  programYear: ReportYear;
  today: IsoDay;
  state: { code: string; name: string; tier: Tier; coaches: { id: string; name: string }[] };
  health: Health;
  figures: ReportFigures;
  summary: string;
  growth: {
    baselineCompletedOn: IsoDay | null;
    reassessmentCompletedOn: IsoDay | null;
    domains: ReportDomainGrowth[];
    overall: { baseline: number | null; reassessment: number | null; change: number | null; domainsCompared: number };
  };
  engagement: {
    calls: { held: number; monthsMet: number; monthsExpected: number; monthsInWindow: number; missedMonths: string[] };
    visits: { completed: number; required: number };
    events: { attended: number; held: number; list: { title: string; kind: string; date: IsoDay; status: AttendanceStatus }[] };
    checkpoints: { kind: string; title: string; dueOn: IsoDay; status: CheckpointStatus; metOn: IsoDay | null; done: number; required: number }[];
    checkpointTally: { onTime: number; late: number; overdue: number; pending: number };
  };
  milestones: {
    total: number;
    overdue: number;
    percentComplete: number;
    byStatus: Record<MilestoneStatus, number>;
    completedOnTime: number;
    completedLate: number;
    completed: { title: string; goalTitle: string; dueOn: IsoDay; completedOn: IsoDay; status: MilestoneStatus; onTime: boolean }[];
  };
}

export interface CrossStateRow extends ReportFigures {
  stateCode: string;
  stateName: string;
  tier: Tier;
  health: Health;
  summary: string;
}

export interface CrossStateReport {
  programYear: ReportYear;
  today: IsoDay;
  states: CrossStateRow[];
  totals: ReportFigures;
  growth: (ReportDomainGrowth & { statesCompared: number })[];
}

export const getStateReport = (code: string, programYear: string | null, load?: LoadContext) =>
  request<StateReport>('GET', `/api/reports/states/${encodeURIComponent(code)}`, { load, query: { programYear } });

export const getCrossStateReport = (programYearId: string, load?: LoadContext) =>
  request<CrossStateReport>('GET', `/api/reports/program-years/${encodeURIComponent(programYearId)}`, { load });
