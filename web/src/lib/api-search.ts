/** Full-text search across notes (server/modules/search/search.schemas.ts). */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type SearchKind = Schemas['SearchKindSchema'];
/** A piece of the excerpt; matched words are shown highlighted, every piece as text (never as markup). */
export type HeadlinePart = Schemas['HeadlinePart'];
/** A hit, with `link`: the dashboard page that shows the record. */
export type SearchHit = Schemas['SearchHit'];
export type SearchQuery = QueryOf<'search'> & { q: string };

export const searchNotes = (query: SearchQuery, load?: LoadContext) =>
  request<Page<SearchHit>>('GET', '/api/search', {
    load,
    query: toQuery(query),
  });
