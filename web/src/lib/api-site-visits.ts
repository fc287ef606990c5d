/**
 * Site visits (server/modules/site-visits/site-visits.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery, type ActionItem, type ActionItemInput } from './api-calls.ts';
import type { IsoDay, Page } from './types.ts';

export type VisitNumber = 1 | 2;
/** scheduled and completed visits need startsOn; a completed visit cannot start in the future. */
export type VisitStatus = 'proposed' | 'scheduled' | 'completed' | 'cancelled';

export interface SiteVisit {
  id: string;
  programYearId: string;
  stateCode: string;
  coachId: string | null;
  coachName: string | null;
  number: number;
  status: VisitStatus;
  startsOn: IsoDay | null;
  endsOn: IsoDay | null;
  location: string;
  purpose: string;
  participants: string[];
  summary: string;
  /** Present only for staff and coaches. */
  coachNotes?: string;
  followUps: ActionItem[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SiteVisitCreate {
  programYearId: string;
  stateCode: string;
  number: VisitNumber;
  status: VisitStatus;
  startsOn?: IsoDay | null;
  endsOn?: IsoDay | null;
  location?: string;
  purpose?: string;
  participants?: string[];
  summary?: string;
  coachNotes?: string;
  /** Action items that follow from the visit. */
  followUps?: ActionItemInput[];
}

export type SiteVisitUpdate = Partial<Omit<SiteVisitCreate, 'programYearId' | 'stateCode' | 'followUps'>> & {
  /** The version you read; a stale one answers 412. */
  version?: number;
};

export interface SiteVisitQuery {
  programYear?: string | null;
  state?: string | null;
  /** Bounds the first day of the visit. */
  from?: IsoDay | null;
  to?: IsoDay | null;
  status?: VisitStatus | null;
  limit?: number | null;
  offset?: number | null;
}

export const listSiteVisits = (query: SiteVisitQuery, load?: LoadContext) =>
  request<Page<SiteVisit>>('GET', '/api/site-visits', { load, query: toQuery(query) });

export const getSiteVisit = (id: string, load?: LoadContext) =>
  request<SiteVisit>('GET', `/api/site-visits/${encodeURIComponent(id)}`, { load });

export const createSiteVisit = (body: SiteVisitCreate) => request<SiteVisit>('POST', '/api/site-visits', { body });

export const updateSiteVisit = (id: string, body: SiteVisitUpdate) =>
  request<SiteVisit>('PATCH', `/api/site-visits/${encodeURIComponent(id)}`, { body });

export const deleteSiteVisit = (id: string) =>
  request<void>('DELETE', `/api/site-visits/${encodeURIComponent(id)}`);
