/**
 * States (server/modules/states): one state with its years, pairings and team members, and the list of
 * states the signed-in user can see. The types are generated from states.schemas.ts and team-members.schemas.ts.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type PersonRef = Schemas['PersonRef'];
export type TeamMember = Schemas['TeamMember'];
export type StateRecord = Schemas['State'];
/** With `programYear` in the query: the state's tier that year (null: not taking part) and its current coaches. */
export type StateSummary = Schemas['StateSummary'];
export type StateDetail = Schemas['StateDetail'];
/** A year the state takes part in, with its plan (`planId`, null until one is started). */
export type StateParticipation = StateDetail['participations'][number];
export type StatePairing = StateDetail['pairings'][number];
export type StateQuery = QueryOf<'listStates'>;

export const listStates = (query: StateQuery = {}, load?: LoadContext) =>
  request<Page<StateSummary>>('GET', '/api/states', { load, query: { ...toQuery(query), limit: '500' } });

export const getState = (code: string, load?: LoadContext) =>
  request<StateDetail>('GET', `/api/states/${encodeURIComponent(code.toUpperCase())}`, { load });
