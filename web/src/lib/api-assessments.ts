/**
 * Readiness assessments, their responses, growth between baseline and reassessment, and the instruments
 * they rate (server/modules/{assessments,instruments}); the types are generated from those schemas.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { operations } from './api/schema.d.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type AssessmentSummary = Schemas['AssessmentSummary'];
export type AssessmentKind = AssessmentSummary['kind'];
export type AssessmentStatus = AssessmentSummary['status'];
/**
 * 1 not started, 2 emerging, 3 developing, 4 established. Web-only: the server's schema is an integer from 1
 * to 4, which the generated types can only call a number.
 */
export type Rating = 1 | 2 | 3 | 4;

export type Indicator = Schemas['Indicator'];
export type Domain = Schemas['Domain'];
export type DomainScore = Schemas['DomainScore'];
export type AssessmentResponse = Schemas['AssessmentResponse'];
export type Assessment = Schemas['Assessment'];
export type Growth = Schemas['Growth'];
export type AssessmentRef = NonNullable<Growth['baseline']>;
export type DomainGrowth = Growth['domains'][number];
export type InstrumentSummary = Schemas['InstrumentSummary'];
export type Instrument = Schemas['Instrument'];
export type AssessmentQuery = QueryOf<'listAssessments'>;

export const listAssessments = (query: AssessmentQuery, load?: LoadContext) =>
  request<Page<AssessmentSummary>>('GET', '/api/assessments', { load, query: { ...toQuery(query), limit: '500' } });

export const getAssessment = (id: string, load?: LoadContext) => request<Assessment>('GET', `/api/assessments/${id}`, { load });

export const getGrowth = (query: NonNullable<operations['getAssessmentGrowth']['parameters']['query']>, load?: LoadContext) =>
  request<Growth>('GET', '/api/assessments/growth', { load, query });

export type AssessmentCreate = Schemas['AssessmentCreate'];
export const createAssessment = (body: AssessmentCreate) => request<Assessment>('POST', '/api/assessments', { body });

export type ResponseInput = Schemas['ResponsesInput']['responses'][number];
/**
 * Inserts or updates each response; what a response leaves out keeps its value. The assessment's version
 * guards its responses (a stale one is 412), and every save moves it on.
 */
export const saveResponses = (id: string, body: Schemas['ResponsesInput'] & { version: number }) =>
  request<Assessment>('PUT', `/api/assessments/${id}/responses`, { body });

export type AssessmentUpdate = Schemas['AssessmentUpdate'];
/** Complete (`status: completed`) or reopen an assessment, or change its dates. */
export const updateAssessment = (id: string, body: AssessmentUpdate) => request<Assessment>('PATCH', `/api/assessments/${id}`, { body });

export const listInstruments = (query: QueryOf<'listInstruments'> = {}, load?: LoadContext) =>
  request<Page<InstrumentSummary>>('GET', '/api/instruments', { load, query: { ...toQuery(query), limit: '100' } });

export const getInstrument = (id: string, load?: LoadContext) => request<Instrument>('GET', `/api/instruments/${id}`, { load });
