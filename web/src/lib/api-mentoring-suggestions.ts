/** Suggested peer-mentoring pairs from the baseline assessments (server/modules/mentoring/suggestions.service.ts). */
import { request, type LoadContext } from './http.ts';

export interface SuggestionReason {
  mentor: string;
  mentee: string;
  domainKey: string;
  domainTitle: string;
  mentorAverage: number;
  menteeAverage: number | null;
  text: string;
}

export interface MentoringSuggestion {
  programYearId: string;
  stateA: string;
  stateAName: string;
  stateB: string;
  stateBName: string;
  focus: string;
  reasons: SuggestionReason[];
}

export const mentoringSuggestions = (programYear: string, load?: LoadContext) =>
  request<{ items: MentoringSuggestion[]; total: number }>('GET', '/api/mentoring-suggestions', { load, query: { programYear } });
