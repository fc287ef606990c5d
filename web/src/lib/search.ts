/** The search page's filters (in the URL), its labels and its export. */
import type { HeadlinePart, SearchHit, SearchKind } from './api-search.ts';

export const SEARCH_MAX_LENGTH = 200;

export const searchKindLabel: Record<SearchKind, string> = {
  call: 'Call notes',
  call_coach_notes: 'Coach-only call notes',
  site_visit: 'Site visit',
  visit_coach_notes: 'Coach-only visit notes',
  action_item: 'Action item',
  milestone_update: 'Milestone update',
  plan_comment: 'Plan comment',
  assessment_evidence: 'Assessment evidence',
};

const COACH_ONLY: SearchKind[] = ['call_coach_notes', 'visit_coach_notes'];
const isKind = (value: string | null): value is SearchKind => value !== null && value in searchKindLabel;

/** The kinds a user can filter by: coach-only notes only for staff and coaches (the API never returns them to others). */
export const searchKindsFor = (seesCoachNotes: boolean): SearchKind[] =>
  (Object.keys(searchKindLabel) as SearchKind[]).filter((k) => seesCoachNotes || !COACH_ONLY.includes(k));

export interface SearchFilters {
  q: string;
  /** A year id, or null for every year (search looks across years unless asked not to). */
  programYear: string | null;
  state: string | null;
  kind: SearchKind | null;
  page: number;
}

export function readSearchFilters(params: URLSearchParams): SearchFilters {
  const state = params.get('state');
  const kind = params.get('kind');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    programYear: params.get('programYear') || null,
    state: state && /^[A-Za-z]{2}$/.test(state) ? state.toUpperCase() : null,
    kind: isKind(kind) ? kind : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The excerpt as plain text, for exports and screen-reader-free contexts. */
export const headlineText = (parts: HeadlinePart[]) => parts.map((p) => p.text).join('');

export function searchCsvRows(hits: SearchHit[], stateNames: Map<string, string>, origin: string): string[][] {
  return [
    ['Kind', 'State', 'Date', 'Title', 'Excerpt', 'Link'],
    ...hits.map((h) => [searchKindLabel[h.kind], stateNames.get(h.stateCode) ?? h.stateCode, h.date ?? '', h.title, headlineText(h.headline), `${origin}${h.link}`]),
  ];
}
