/**
 * Calls between a coach and a state team (server/modules/calls/calls.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import type { IsoDay, Page } from './types.ts';

export type CallKind = 'planning' | 'full_team';
/** A call's own status (the progress grid's month status is a different thing: types.ts CallStatus). */
export type CallRecordStatus = 'scheduled' | 'held' | 'cancelled';

/** A next step from a call or a site visit, as it is written with its parent. */
export interface ActionItemInput {
  description: string;
  owner?: string;
  dueOn?: IsoDay | null;
  done?: boolean;
}

/** A next step as its call or visit carries it. */
export interface ActionItem {
  id: string;
  stateCode: string;
  callId: string | null;
  siteVisitId: string | null;
  description: string;
  owner: string;
  dueOn: IsoDay | null;
  done: boolean;
  version: number;
}

export interface Call {
  id: string;
  programYearId: string;
  stateCode: string;
  coachId: string | null;
  coachName: string | null;
  kind: CallKind;
  status: CallRecordStatus;
  date: IsoDay;
  /** HH:mm */
  startTime: string | null;
  durationMinutes: number | null;
  attendees: string[];
  agenda: string;
  notes: string;
  /** Present only for staff and coaches. */
  coachNotes?: string;
  progress: string;
  challenges: string;
  resourcesShared: string;
  smeRequests: string;
  actionItems: ActionItem[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CallCreate {
  programYearId: string;
  stateCode: string;
  kind: CallKind;
  status: CallRecordStatus;
  date: IsoDay;
  startTime?: string | null;
  durationMinutes?: number | null;
  attendees?: string[];
  agenda?: string;
  notes?: string;
  coachNotes?: string;
  progress?: string;
  challenges?: string;
  resourcesShared?: string;
  smeRequests?: string;
  actionItems?: ActionItemInput[];
}

export type CallUpdate = Partial<Omit<CallCreate, 'programYearId' | 'stateCode' | 'actionItems'>> & {
  /** The version you read; a stale one answers 412. */
  version?: number;
};

export interface CallQuery {
  programYear?: string | null;
  state?: string | null;
  /** Calls on or after this day. */
  from?: IsoDay | null;
  /** Calls on or before this day. */
  to?: IsoDay | null;
  status?: CallRecordStatus | null;
  kind?: CallKind | null;
  coach?: string | null;
  limit?: number | null;
  offset?: number | null;
}

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
