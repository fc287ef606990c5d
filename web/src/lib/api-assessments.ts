/**
 * Readiness assessments, their responses, growth between baseline and reassessment, and the instruments
 * they rate (server/modules/{assessments,instruments}). Response types mirror those schemas.
 */
import { request, type LoadContext } from './http.ts';
import type { IsoDay, Page } from './types.ts';

export type AssessmentKind = 'baseline' | 'reassessment';
export type AssessmentStatus = 'in_progress' | 'completed';
/** 1 not started, 2 emerging, 3 developing, 4 established. */
export type Rating = 1 | 2 | 3 | 4;

export interface Indicator {
  id: string;
  domainId: string;
  key: string;
  text: string;
  position: number;
}

export interface Domain {
  id: string;
  instrumentId: string;
  key: string;
  title: string;
  description: string;
  position: number;
  indicators: Indicator[];
}

export interface DomainScore {
  domainId: string;
  key: string;
  title: string;
  /** Mean rating to one decimal; null when nothing is rated. */
  average: number | null;
  rated: number;
  indicators: number;
  /** Indicators flagged as a priority for development. */
  priorities: number;
}

export interface AssessmentResponse {
  id: string;
  indicatorId: string;
  rating: Rating;
  evidence: string;
  priority: boolean;
  updatedAt: string;
}

export interface AssessmentSummary {
  id: string;
  programYearId: string;
  stateCode: string;
  instrumentId: string;
  instrumentName: string;
  instrumentRevision: number;
  kind: AssessmentKind;
  status: AssessmentStatus;
  startedOn: IsoDay;
  completedOn: IsoDay | null;
  indicatorCount: number;
  ratedCount: number;
  domainScores: DomainScore[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Assessment extends AssessmentSummary {
  domains: Domain[];
  responses: AssessmentResponse[];
}

export interface AssessmentRef {
  id: string;
  status: AssessmentStatus;
  startedOn: IsoDay;
  completedOn: IsoDay | null;
  instrumentId: string;
}

export interface DomainGrowth {
  key: string;
  title: string;
  baseline: number | null;
  reassessment: number | null;
  /** Reassessment minus baseline, one decimal; null when either is missing. */
  change: number | null;
}

export interface Growth {
  programYearId: string;
  stateCode: string;
  baseline: AssessmentRef | null;
  reassessment: AssessmentRef | null;
  domains: DomainGrowth[];
}

export interface InstrumentSummary {
  id: string;
  name: string;
  revision: number;
  description: string;
  domainCount: number;
  indicatorCount: number;
  assessmentCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Instrument extends InstrumentSummary {
  domains: Domain[];
}

export interface AssessmentQuery {
  programYear?: string | null;
  state?: string | null;
  kind?: AssessmentKind | null;
  status?: AssessmentStatus | null;
  from?: IsoDay | null;
  to?: IsoDay | null;
}

export const listAssessments = (query: AssessmentQuery, load?: LoadContext) =>
  request<Page<AssessmentSummary>>('GET', '/api/assessments', { load, query: { ...query, limit: '500' } });

export const getAssessment = (id: string, load?: LoadContext) => request<Assessment>('GET', `/api/assessments/${id}`, { load });

export const getGrowth = (query: { programYear: string; state: string }, load?: LoadContext) =>
  request<Growth>('GET', '/api/assessments/growth', { load, query });

export interface AssessmentCreate {
  programYearId: string;
  stateCode: string;
  kind: AssessmentKind;
  instrumentId?: string;
  startedOn: IsoDay;
}
export const createAssessment = (body: AssessmentCreate) => request<Assessment>('POST', '/api/assessments', { body });

export interface ResponseInput {
  indicatorId: string;
  rating: Rating;
  evidence?: string;
  priority?: boolean;
}
/**
 * Inserts or updates each response; what a response leaves out keeps its value. The assessment's version
 * guards its responses (a stale one is 412), and every save moves it on.
 */
export const saveResponses = (id: string, body: { responses: ResponseInput[]; version: number }) =>
  request<Assessment>('PUT', `/api/assessments/${id}/responses`, { body });

export interface AssessmentUpdate {
  status?: AssessmentStatus;
  startedOn?: IsoDay;
  completedOn?: IsoDay | null;
  version?: number;
}
/** Complete (`status: completed`) or reopen an assessment, or change its dates. */
export const updateAssessment = (id: string, body: AssessmentUpdate) => request<Assessment>('PATCH', `/api/assessments/${id}`, { body });

export const listInstruments = (query: { name?: string | null } = {}, load?: LoadContext) =>
  request<Page<InstrumentSummary>>('GET', '/api/instruments', { load, query: { ...query, limit: '100' } });

export const getInstrument = (id: string, load?: LoadContext) => request<Instrument>('GET', `/api/instruments/${id}`, { load });
