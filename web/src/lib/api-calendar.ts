/**
 * Calendar feeds and .ics downloads (server/modules/calendar/calendar.schemas.ts).
 * Pass the load event from a load function; call without it from an event handler and catch the ApiError.
 */
import { downloadText } from './download.ts';
import { ApiError } from './api-errors.ts';
import { refreshAccess, request, type LoadContext } from './http.ts';
import type { Schemas } from './types.ts';

export type FeedStatus = Schemas['FeedStatus'];
/** Only the answer to creating a feed carries its URL: the server keeps a hash, so it cannot show it again. */
export type CreatedFeed = Schemas['CreatedFeed'];

export const getFeedStatus = (load?: LoadContext) => request<FeedStatus>('GET', '/api/calendar-feed', { load });
export const createFeed = () => request<CreatedFeed>('POST', '/api/calendar-feed');
export const revokeFeed = () => request<void>('DELETE', '/api/calendar-feed');

/** The webcal:// form of a feed URL, which calendar apps open as a subscription. */
export const webcalUrl = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

/**
 * Fetches a call's or visit's .ics (renewing an expired access token once, as `request` does) and offers
 * it as a file; a refusal becomes an ApiError for the page to show.
 */
export async function downloadCalendarFile(kind: 'calls' | 'site-visits', id: string, filename: string): Promise<void> {
  const path = `/api/${kind}/${encodeURIComponent(id)}.ics`;
  const send = () => fetch(path, { credentials: 'same-origin', headers: { accept: 'text/calendar', 'x-requested-with': 'tracker' } });
  let response = await send();
  if (response.status === 401 && (await refreshAccess())) response = await send();
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(response.status, body?.message ?? 'The calendar file could not be made. Try again.');
  }
  downloadText(filename, await response.text(), 'text/calendar;charset=utf-8');
}
