/**
 * Site visits (server/modules/site-visits/site-visits.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type SiteVisitCreate = Schemas['SiteVisitCreate'];
export type VisitNumber = SiteVisitCreate['number'];
/** scheduled and completed visits need startsOn; a completed visit cannot start in the future. */
export type VisitStatus = SiteVisitCreate['status'];
export type SiteVisit = Schemas['SiteVisit'];
export type SiteVisitUpdate = Schemas['SiteVisitUpdate'];
export type SiteVisitQuery = QueryOf<'listSiteVisits'>;

export const listSiteVisits = (query: SiteVisitQuery, load?: LoadContext) =>
  request<Page<SiteVisit>>('GET', '/api/site-visits', { load, query: toQuery(query) });

export const getSiteVisit = (id: string, load?: LoadContext) =>
  request<SiteVisit>('GET', `/api/site-visits/${encodeURIComponent(id)}`, { load });

export const createSiteVisit = (body: SiteVisitCreate) => request<SiteVisit>('POST', '/api/site-visits', { body });

export const updateSiteVisit = (id: string, body: SiteVisitUpdate) =>
  request<SiteVisit>('PATCH', `/api/site-visits/${encodeURIComponent(id)}`, { body });

export const deleteSiteVisit = (id: string) =>
  request<void>('DELETE', `/api/site-visits/${encodeURIComponent(id)}`);
