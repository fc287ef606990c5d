/**
 * The playbook of promising practices and resources, and the entries shared on calls
 * (server/modules/playbook/playbook.schemas.ts; the types are generated from it).
 */
import { toQuery } from './api-calls.ts';
import { request, type LoadContext } from './http.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type PlaybookDomain = Schemas['PlaybookDomain'];
export type PlaybookEntry = Schemas['PlaybookEntry'];
/** An entry as the form holds it, every field present (the API lets some default); `domains` holds domain keys. */
export type PlaybookEntryInput = Required<Schemas['PlaybookEntryCreate']>;
export type PlaybookQuery = QueryOf<'listPlaybookEntries'>;
/** An entry with the keys of the state's priority domains it serves (`matchedDomains`). */
export type PlaybookMatch = Schemas['PlaybookMatch'];
export type StatePlaybook = Schemas['StatePlaybook'];

const entryPath = (id: string) => `/api/playbook/${encodeURIComponent(id)}`;
const resourcesPath = (callId: string) => `/api/calls/${encodeURIComponent(callId)}/resources`;

export const listPlaybook = (query: PlaybookQuery, load?: LoadContext) =>
  request<Page<PlaybookEntry>>('GET', '/api/playbook', { load, query: toQuery(query) });
export const playbookDomains = (load?: LoadContext) => request<Page<PlaybookDomain>>('GET', '/api/playbook/domains', { load });
export const getPlaybookEntry = (id: string, load?: LoadContext) => request<PlaybookEntry>('GET', entryPath(id), { load });
export const createPlaybookEntry = (body: PlaybookEntryInput) => request<PlaybookEntry>('POST', '/api/playbook', { body });
export const updatePlaybookEntry = (id: string, body: Schemas['PlaybookEntryUpdate'] & { version: number }) =>
  request<PlaybookEntry>('PATCH', entryPath(id), { body });
export const deletePlaybookEntry = (id: string) => request<void>('DELETE', entryPath(id));

export const callResources = (callId: string, load?: LoadContext) => request<Page<PlaybookEntry>>('GET', resourcesPath(callId), { load });
export const shareOnCall = (callId: string, entryId: string) => request<Page<PlaybookEntry>>('POST', resourcesPath(callId), { body: { entryId } satisfies Schemas['CallResourceAttach'] });
export const unshareFromCall = (callId: string, entryId: string) =>
  request<void>('DELETE', `${resourcesPath(callId)}/${encodeURIComponent(entryId)}`);

export const statePlaybook = (stateCode: string, programYear: string, load?: LoadContext) =>
  request<StatePlaybook>('GET', `/api/states/${encodeURIComponent(stateCode)}/playbook`, { load, query: { programYear } });
