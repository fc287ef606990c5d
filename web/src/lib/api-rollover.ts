/**
 * Starting the next program year (server/modules/program-years/rollover.schemas.ts). Call from an event
 * handler or a load function that handles a 409 itself (the next year already exists).
 */
import type { YearDetail } from './api-admin.ts';
import { request } from './http.ts';
import type { Schemas } from './types.ts';

export type RolloverPreview = Schemas['RolloverPreview'];

const path = (yearId: string) => `/api/program-years/${encodeURIComponent(yearId)}/rollover`;

export const previewRollover = (yearId: string) => request<RolloverPreview>('GET', path(yearId));

export const startNextYear = (yearId: string, name: string) => request<YearDetail>('POST', path(yearId), { body: { name } satisfies Schemas['RolloverInput'] });
