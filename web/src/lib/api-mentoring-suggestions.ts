/** Suggested peer-mentoring pairs from the baseline assessments (server/modules/mentoring/suggestions.service.ts). */
import { request, type LoadContext } from './http.ts';
import type { Schemas } from './types.ts';

export type MentoringSuggestion = Schemas['MentoringSuggestion'];
export type SuggestionReason = MentoringSuggestion['reasons'][number];

export const mentoringSuggestions = (programYear: string, load?: LoadContext) =>
  request<Schemas['MentoringSuggestionList']>('GET', '/api/mentoring-suggestions', { load, query: { programYear } });
