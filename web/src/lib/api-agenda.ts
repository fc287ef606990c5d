/** The next call's draft agenda (server/modules/agenda/agenda.schemas.ts). */
import { request } from './http.ts';

export interface AgendaDraft {
  stateCode: string;
  programYearId: string;
  callOn: string;
  sections: { key: 'action_items' | 'milestones' | 'priorities' | 'upcoming'; title: string; items: { text: string; note: string; dueOn: string | null }[] }[];
  text: string;
}

export const agendaDraft = (stateCode: string, programYear: string, before: string | null) =>
  request<AgendaDraft>('GET', `/api/states/${encodeURIComponent(stateCode)}/agenda-draft`, {
    query: before ? { programYear, before } : { programYear },
  });
