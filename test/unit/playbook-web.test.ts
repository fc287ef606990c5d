import { describe, expect, it } from 'vitest';
import type { PlaybookEntry } from '../../web/src/lib/api-playbook.ts';
import { entryBody, entryFormValues, playbookCsvRows, playbookSearch, readPlaybookFilters } from '../../web/src/lib/playbook.ts';

const entry: PlaybookEntry = {
  id: 'e1',
  title: 'Kentucky TRACK',
  stateCode: 'KY',
  stateName: 'Kentucky',
  summary: 'Employers, labor and schools, together',
  url: null,
  domains: [
    { key: 'employers', title: 'Identify industry sectors and engage employers' },
    { key: 'programs', title: 'Design education and training programs' },
  ],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 1,
};

describe('the playbook page’s filters', () => {
  it('reads and writes domain, state and words in the URL, leaving out what is empty', () => {
    const filters = readPlaybookFilters(new URLSearchParams('domain=employers&state=ky&q=%20apprentice%20&other=1'));
    expect(filters).toEqual({ domain: 'employers', state: 'KY', q: 'apprentice' });
    expect(playbookSearch(filters)).toBe('?domain=employers&state=KY&q=apprentice');
    expect(playbookSearch({ domain: null, state: null, q: null })).toBe('');
  });
});

describe('the playbook CSV and form', () => {
  it('exports one row per entry with its state name and domain titles', () => {
    expect(playbookCsvRows([entry])).toEqual([
      ['Title', 'State', 'Domains', 'Summary', 'Link'],
      ['Kentucky TRACK', 'Kentucky', 'Identify industry sectors and engage employers; Design education and training programs', 'Employers, labor and schools, together', ''],
    ]);
  });

  it('sends trimmed text, and an empty link or state as null', () => {
    const values = { ...entryFormValues(entry), title: '  Kentucky TRACK ', url: '  ', stateCode: '' };
    expect(entryBody(values)).toEqual({ title: 'Kentucky TRACK', stateCode: null, summary: 'Employers, labor and schools, together', url: null, domains: ['employers', 'programs'] });
    expect(entryFormValues(null)).toEqual({ title: '', stateCode: null, summary: '', url: null, domains: [] });
  });
});
