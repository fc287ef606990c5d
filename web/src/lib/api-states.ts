/**
 * States (server/modules/states): one state with its years, pairings and team members, and the list of
 * states the signed-in user can see. Response types mirror states.schemas.ts and team-members.schemas.ts.
 */
import { request, type LoadContext } from './http.ts';
import type { Page, Tier } from './types.ts';

export interface PersonRef {
  id: string;
  name: string;
}

export interface TeamMember {
  id: string;
  programYearId: string;
  stateCode: string;
  userId: string | null;
  name: string;
  email: string | null;
  title: string | null;
  isLead: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StateRecord {
  code: string;
  name: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** With `programYear` in the query: the state's tier that year (null: not taking part) and its current coaches. */
export interface StateSummary extends StateRecord {
  tier?: Tier | null;
  coaches?: PersonRef[];
}

export interface StateParticipation {
  id: string;
  programYearId: string;
  programYearName: string;
  startsOn: string;
  endsOn: string;
  tier: Tier;
  /** The state's project plan for the year, null until one is started. */
  planId: string | null;
}

export interface StatePairing {
  id: string;
  programYearId: string;
  coachId: string;
  coachName: string;
  startsOn: string;
  endsOn: string | null;
}

export interface StateDetail extends StateRecord {
  participations: StateParticipation[];
  pairings: StatePairing[];
  teamMembers: TeamMember[];
}

export interface StateQuery {
  programYear?: string | null;
  q?: string | null;
}

export const listStates = (query: StateQuery = {}, load?: LoadContext) =>
  request<Page<StateSummary>>('GET', '/api/states', { load, query: { ...query, limit: '500' } });

export const getState = (code: string, load?: LoadContext) =>
  request<StateDetail>('GET', `/api/states/${encodeURIComponent(code.toUpperCase())}`, { load });
