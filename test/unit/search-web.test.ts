import { describe, expect, it } from 'vitest';
import type { ActionItemView } from '../../web/src/lib/api-action-items.ts';
import type { SearchHit } from '../../web/src/lib/api-search.ts';
import { followUpCsvRows, followUpQuery, followUpSearch, readFollowUpFilters, sourceHref, sourceLabel } from '../../web/src/lib/follow-ups.ts';
import { readSearchFilters, searchCsvRows, searchKindsFor } from '../../web/src/lib/search.ts';

describe('search page filters', () => {
  it('reads the words and filters from the URL, dropping what is not valid', () => {
    expect(readSearchFilters(new URLSearchParams('q=%20data%20sharing%20&state=ar&kind=plan_comment&page=3'))).toEqual({
      q: 'data sharing',
      programYear: null,
      state: 'AR',
      kind: 'plan_comment',
      page: 3,
    });
    expect(readSearchFilters(new URLSearchParams('state=Arkansas&kind=bogus&page=-1'))).toMatchObject({ q: '', state: null, kind: null, page: 1 });
    expect(readSearchFilters(new URLSearchParams(`q=${'x'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('offers coach-only kinds only to those who may see them', () => {
    expect(searchKindsFor(true)).toContain('call_coach_notes');
    expect(searchKindsFor(false).some((k) => k.endsWith('coach_notes'))).toBe(false);
  });

  it('exports the excerpt as plain text with a full link', () => {
    const hit: SearchHit = {
      kind: 'call',
      id: 'c1',
      stateCode: 'AR',
      programYearId: 'y',
      date: '2026-10-06',
      title: 'Full-team call',
      headline: [
        { text: 'the ', match: false },
        { text: 'data sharing', match: true },
      ],
      rank: 0.1,
      link: '/calls/c1',
    };
    expect(searchCsvRows([hit], new Map([['AR', 'Arkansas']]), 'https://t.example')[1]).toEqual([
      'Call notes',
      'Arkansas',
      '2026-10-06',
      'Full-team call',
      'the data sharing',
      'https://t.example/calls/c1',
    ]);
  });
});

describe('follow-up filters', () => {
  it('defaults to open follow-ups and keeps the defaults out of the URL', () => {
    const filters = readFollowUpFilters(new URLSearchParams(''));
    expect(filters).toMatchObject({ status: 'open', state: null, coach: null, page: 1 });
    expect(followUpSearch(filters)).toBe('');
    expect(followUpSearch({ ...filters, status: 'overdue', state: 'HI', page: 2 })).toBe('?state=HI&status=overdue&page=2');
  });

  it('ignores a malformed coach, day or status', () => {
    expect(readFollowUpFilters(new URLSearchParams('coach=nan&from=soon&status=late'))).toMatchObject({ coach: null, from: null, status: 'open' });
  });

  it.each([
    ['open', { done: false, overdue: null }],
    ['overdue', { done: false, overdue: true }],
    ['done', { done: true, overdue: null }],
    ['all', { done: null, overdue: null }],
  ] as const)('asks the API for %s items', (status, expected) => {
    const filters = { ...readFollowUpFilters(new URLSearchParams('from=2026-11-01&to=2026-11-30')), status };
    expect(followUpQuery(filters, 'y1')).toEqual({ programYear: 'y1', state: null, coach: null, dueFrom: '2026-11-01', dueTo: '2026-11-30', ...expected });
  });

  it('names and links the call or visit a follow-up came from, and exports it', () => {
    const item = { parentKind: 'site_visit', parentId: 'v1', parentDate: '2026-11-02' } as ActionItemView;
    expect(sourceLabel(item)).toBe('Site visit, Nov 2, 2026');
    expect(sourceHref(item)).toBe('/site-visits/v1');
    expect(sourceLabel({ parentKind: 'call', parentDate: null })).toBe('Call');
    const row = followUpCsvRows(
      [{ ...item, stateCode: 'HI', description: 'Send invitations', owner: 'Lead', dueOn: '2026-11-20', done: false, overdue: true }],
      new Map([['HI', 'Hawaii']]),
      'https://t.example',
    )[1];
    expect(row).toEqual(['Hawaii', 'Send invitations', 'Lead', '2026-11-20', 'no', 'yes', 'Site visit', '2026-11-02', 'https://t.example/site-visits/v1']);
  });
});
