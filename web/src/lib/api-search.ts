/** Full-text search across notes (server/modules/search/search.schemas.ts). */
import { request, type LoadContext } from './http.ts';
import type { IsoDay, Page } from './types.ts';

export type SearchKind =
  | 'call'
  | 'call_coach_notes'
  | 'site_visit'
  | 'visit_coach_notes'
  | 'action_item'
  | 'milestone_update'
  | 'plan_comment'
  | 'assessment_evidence';

/** A piece of the excerpt; matched words are shown highlighted, every piece as text (never as markup). */
export interface HeadlinePart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  stateCode: string;
  programYearId: string;
  date: IsoDay | null;
  title: string;
  headline: HeadlinePart[];
  rank: number;
  /** The dashboard page that shows the record. */
  link: string;
}

export interface SearchQuery {
  q: string;
  programYear?: string | null;
  state?: string | null;
  kind?: SearchKind | null;
  limit?: number | null;
  offset?: number | null;
}

export const searchNotes = (query: SearchQuery, load?: LoadContext) =>
  request<Page<SearchHit>>('GET', '/api/search', {
    load,
    query: {
      q: query.q,
      programYear: query.programYear,
      state: query.state,
      kind: query.kind,
      limit: query.limit?.toString(),
      offset: query.offset?.toString(),
    },
  });
