/**
 * Calls between a coach and a state team (server/modules/calls/calls.schemas.ts; types generated from it).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type Call = Schemas['Call'];
export type CallKind = Call['kind'];
/** A call's own status (the progress grid's month status is a different thing: types.ts CallStatus). */
export type CallRecordStatus = Call['status'];
/** A next step from a call or a site visit, as it is written with its parent. */
export type ActionItemInput = Schemas['ActionItemInput'];
/** A next step as its call or visit carries it. */
export type ActionItem = Schemas['ActionItem'];
export type CallCreate = Schemas['CallCreate'];
export type CallUpdate = Schemas['CallUpdate'];
export type CallQuery = QueryOf<'listCalls'>;

/** A query object as request() wants it: strings, empty values left out. */
export function toQuery(query: object): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

export const listCalls = (query: CallQuery, load?: LoadContext) =>
  request<Page<Call>>('GET', '/api/calls', { load, query: toQuery(query) });

export const getCall = (id: string, load?: LoadContext) =>
  request<Call>('GET', `/api/calls/${encodeURIComponent(id)}`, { load });

export const createCall = (body: CallCreate) => request<Call>('POST', '/api/calls', { body });

export const updateCall = (id: string, body: CallUpdate) =>
  request<Call>('PATCH', `/api/calls/${encodeURIComponent(id)}`, { body });

export const deleteCall = (id: string) => request<void>('DELETE', `/api/calls/${encodeURIComponent(id)}`);
