/** The next call's draft agenda (server/modules/agenda/agenda.schemas.ts). */
import { request } from './http.ts';
import type { Schemas } from './types.ts';

export type AgendaDraft = Schemas['AgendaDraft'];

export const agendaDraft = (stateCode: string, programYear: string, before: string | null) =>
  request<AgendaDraft>('GET', `/api/states/${encodeURIComponent(stateCode)}/agenda-draft`, {
    query: before ? { programYear, before } : { programYear },
  });
