import { PgDialect, getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { actionItems, assessmentResponses, calls, milestoneUpdates, planComments, siteVisits } from '../../db/schema/index.ts';
import { searchVector } from '../../db/schema/search-text.ts';
import { headlineParts, linkOf } from '../../server/modules/search/search-headline.ts';
import { MATCH_END as E, MATCH_START as S, searchedColumns } from '../../server/modules/search/search.queries.ts';
import type { SearchKind } from '../../server/modules/search/search.schemas.ts';

describe('headlineParts', () => {
  it('splits the markers into plain text and matches', () => {
    expect(headlineParts(`The ${S}apprenticeship${E} waits on ${S}data${E}`)).toEqual([
      { text: 'The ', match: false },
      { text: 'apprenticeship', match: true },
      { text: ' waits on ', match: false },
      { text: 'data', match: true },
    ]);
  });

  it('joins the words of a phrase into one highlight, but not words with text between', () => {
    expect(headlineParts(`${S}data${E} ${S}sharing${E} and ${S}data${E}`)).toEqual([
      { text: 'data sharing', match: true },
      { text: ' and ', match: false },
      { text: 'data', match: true },
    ]);
  });

  it('answers text without markers as one plain part, and nothing for nothing', () => {
    expect(headlineParts('<b>no match</b>')).toEqual([{ text: '<b>no match</b>', match: false }]);
    expect(headlineParts('')).toEqual([]);
  });

  it('never leaves a stray marker in the text', () => {
    const parts = headlineParts(`a ${S}b${E}${E} c ${S}d`);
    expect(parts.map((p) => p.text).join('')).toBe('a b c d');
  });
});

describe('linkOf', () => {
  const base = { stateCode: 'AR', programYearId: 'y1', linkId: 'r1', anchor: null };
  it('points each hit at the page that shows its record', () => {
    expect(linkOf({ ...base, linkKind: 'call' })).toBe('/calls/r1');
    expect(linkOf({ ...base, linkKind: 'site_visit' })).toBe('/site-visits/r1');
    expect(linkOf({ ...base, linkKind: 'assessment', anchor: 'indicator-i1' })).toBe('/assessments/r1#indicator-i1');
    expect(linkOf({ ...base, linkKind: 'plan', anchor: 'milestone-m1' })).toBe('/states/AR?programYear=y1#milestone-m1');
  });
});

describe('searchedColumns', () => {
  // An expression index serves a query only when the query's expression is the same one.
  const indexOf: Record<SearchKind, [Parameters<typeof getTableConfig>[0], string]> = {
    call: [calls, 'calls_search_idx'],
    call_coach_notes: [calls, 'calls_coach_notes_search_idx'],
    site_visit: [siteVisits, 'site_visits_search_idx'],
    visit_coach_notes: [siteVisits, 'site_visits_coach_notes_search_idx'],
    action_item: [actionItems, 'action_items_search_idx'],
    milestone_update: [milestoneUpdates, 'milestone_updates_search_idx'],
    plan_comment: [planComments, 'plan_comments_search_idx'],
    assessment_evidence: [assessmentResponses, 'assessment_responses_search_idx'],
  };
  const dialect = new PgDialect();
  it.each(Object.entries(indexOf) as [SearchKind, [Parameters<typeof getTableConfig>[0], string]][])('searches %s with its index’s expression', (kind, [table, name]) => {
    const index = getTableConfig(table).indexes.find((i) => i.config.name === name);
    expect(index).toBeDefined();
    const indexed = dialect.sqlToQuery(index?.config.columns[0] as never).sql;
    expect(indexed.startsWith("to_tsvector('english'::regconfig, ")).toBe(true);
    expect(dialect.sqlToQuery(searchVector(...searchedColumns[kind])).sql).toBe(indexed);
  });
});
