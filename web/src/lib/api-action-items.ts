/**
 * Action items: next steps from calls and site visits (server/modules/action-items/action-items.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type { ActionItem, ActionItemInput } from './api-calls.ts';

/** An action item as the cross-parent list shows it. */
export type ActionItemView = Schemas['ActionItemView'];
export type ActionItemQuery = QueryOf<'listActionItems'>;
/** Send exactly one of callId and siteVisitId. */
export type ActionItemCreate = Schemas['ActionItemCreate'];
export type ActionItemUpdate = Schemas['ActionItemUpdate'];

export const listActionItems = (query: ActionItemQuery, load?: LoadContext) =>
  request<Page<ActionItemView>>('GET', '/api/action-items', { load, query: toQuery(query) });

export const getActionItem = (id: string, load?: LoadContext) =>
  request<ActionItemView>('GET', `/api/action-items/${encodeURIComponent(id)}`, { load });

export const createActionItem = (body: ActionItemCreate) =>
  request<ActionItemView>('POST', '/api/action-items', { body });

export const updateActionItem = (id: string, body: ActionItemUpdate) =>
  request<ActionItemView>('PATCH', `/api/action-items/${encodeURIComponent(id)}`, { body });

export const deleteActionItem = (id: string) =>
  request<void>('DELETE', `/api/action-items/${encodeURIComponent(id)}`);
