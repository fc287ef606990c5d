/**
 * Year-end reports (server/modules/reports): one state's report and the report across the caller's states.
 * The types are generated from reports.schemas.ts.
 */
import { request, type LoadContext } from './http.ts';
import type { Schemas } from './types.ts';

export type StateReport = Schemas['StateReport'];
export type CrossStateReport = Schemas['CrossStateReport'];
export type ReportYear = StateReport['programYear'];
export type ReportFigures = StateReport['figures'];
export type ReportDomainGrowth = StateReport['growth']['domains'][number];
export type MilestoneStatus = Schemas['MilestoneStatus'];
/** An event's attendance as the report counts it: one not yet recorded is `not_recorded`. */
export type AttendanceStatus = StateReport['engagement']['events']['list'][number]['status'];
export type CrossStateRow = CrossStateReport['states'][number];

export const getStateReport = (code: string, programYear: string | null, load?: LoadContext) =>
  request<StateReport>('GET', `/api/reports/states/${encodeURIComponent(code)}`, { load, query: { programYear } });

export const getCrossStateReport = (programYearId: string, load?: LoadContext) =>
  request<CrossStateReport>('GET', `/api/reports/program-years/${encodeURIComponent(programYearId)}`, { load });
