/**
 * The playbook of promising practices and resources, and the entries shared on calls
 * (server/modules/playbook/playbook.schemas.ts).
 */
import { toQuery } from './api-calls.ts';
import { request, type LoadContext } from './http.ts';
import type { Page } from './types.ts';

export interface PlaybookDomain {
  key: string;
  title: string;
}

export interface PlaybookEntry {
  id: string;
  title: string;
  stateCode: string | null;
  stateName: string | null;
  summary: string;
  url: string | null;
  domains: PlaybookDomain[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PlaybookEntryInput {
  title: string;
  stateCode: string | null;
  summary: string;
  url: string | null;
  /** Domain keys. */
  domains: string[];
}

export interface PlaybookQuery {
  domain?: string | null;
  state?: string | null;
  q?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export interface PlaybookMatch extends PlaybookEntry {
  /** Keys of the state's priority domains the entry serves. */
  matchedDomains: string[];
}

export interface StatePlaybook {
  stateCode: string;
  assessmentId: string | null;
  priorities: PlaybookDomain[];
  items: PlaybookMatch[];
  total: number;
}

const entryPath = (id: string) => `/api/playbook/${encodeURIComponent(id)}`;
const resourcesPath = (callId: string) => `/api/calls/${encodeURIComponent(callId)}/resources`;

export const listPlaybook = (query: PlaybookQuery, load?: LoadContext) =>
  request<Page<PlaybookEntry>>('GET', '/api/playbook', { load, query: toQuery(query) });
export const playbookDomains = (load?: LoadContext) => request<Page<PlaybookDomain>>('GET', '/api/playbook/domains', { load });
export const getPlaybookEntry = (id: string, load?: LoadContext) => request<PlaybookEntry>('GET', entryPath(id), { load });
export const createPlaybookEntry = (body: PlaybookEntryInput) => request<PlaybookEntry>('POST', '/api/playbook', { body });
export const updatePlaybookEntry = (id: string, body: Partial<PlaybookEntryInput> & { version: number }) =>
  request<PlaybookEntry>('PATCH', entryPath(id), { body });
export const deletePlaybookEntry = (id: string) => request<void>('DELETE', entryPath(id));

export const callResources = (callId: string, load?: LoadContext) => request<Page<PlaybookEntry>>('GET', resourcesPath(callId), { load });
export const shareOnCall = (callId: string, entryId: string) => request<Page<PlaybookEntry>>('POST', resourcesPath(callId), { body: { entryId } });
export const unshareFromCall = (callId: string, entryId: string) =>
  request<void>('DELETE', `${resourcesPath(callId)}/${encodeURIComponent(entryId)}`);

export const statePlaybook = (stateCode: string, programYear: string, load?: LoadContext) =>
  request<StatePlaybook>('GET', `/api/states/${encodeURIComponent(stateCode)}/playbook`, { load, query: { programYear } });
