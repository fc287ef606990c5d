/**
 * Action items: next steps from calls and site visits (server/modules/action-items/action-items.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery, type ActionItem, type ActionItemInput } from './api-calls.ts';
import type { IsoDay, Page } from './types.ts';

export type { ActionItem, ActionItemInput } from './api-calls.ts';

/** An action item as the cross-parent list shows it. */
export interface ActionItemView extends ActionItem {
  programYearId: string;
  parentKind: 'call' | 'site_visit';
  parentId: string;
  /** The call's date or the visit's first day (a proposed visit may have none yet). */
  parentDate: IsoDay | null;
  /** Not done and due before today. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ActionItemQuery {
  programYear?: string | null;
  state?: string | null;
  done?: boolean | null;
  /** Part of the owner, any case. */
  owner?: string | null;
  /** Due strictly before this day. */
  dueBefore?: IsoDay | null;
  /** Due strictly after this day. */
  dueAfter?: IsoDay | null;
  /** Due on or after / on or before these days (both ends included). */
  dueFrom?: IsoDay | null;
  dueTo?: IsoDay | null;
  /** A coach: items of the states paired with them. */
  coach?: string | null;
  /** true: not done and due before today in the state's calendar; false: the others. */
  overdue?: boolean | null;
  limit?: number | null;
  offset?: number | null;
}

/** Send exactly one of callId and siteVisitId. */
export type ActionItemCreate = ActionItemInput & { callId?: string; siteVisitId?: string };

export type ActionItemUpdate = Partial<ActionItemInput> & {
  /** The version you read; a stale one answers 412. */
  version?: number;
};

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
