/**
 * Starting the next program year (server/modules/program-years/rollover.schemas.ts). Call from an event
 * handler or a load function that handles a 409 itself (the next year already exists).
 */
import type { YearDetail } from './api-admin.ts';
import { request } from './http.ts';

interface Span {
  startsOn: string;
  endsOn: string;
}

export interface RolloverPreview {
  from: Span & { id: string; name: string };
  year: Span & { name: string };
  activities: (Span & { kind: string; title: string; dueOn: string | null; previousStartsOn: string; previousEndsOn: string })[];
  events: { kind: string; title: string; date: string; previousDate: string; startTime: string | null; location: string }[];
  participations: { stateCode: string; tier: 'intensive' | 'light_touch' }[];
  pairings: { stateCode: string; coachId: string; coachName: string; startsOn: string }[];
  teamMembers: { stateCode: string; name: string; title: string | null; isLead: boolean; userId: string | null }[];
  plansLeftBehind: number;
}

const path = (yearId: string) => `/api/program-years/${encodeURIComponent(yearId)}/rollover`;

export const previewRollover = (yearId: string) => request<RolloverPreview>('GET', path(yearId));

export const startNextYear = (yearId: string, name: string) => request<YearDetail>('POST', path(yearId), { body: { name } });
