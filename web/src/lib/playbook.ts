/** The playbook page's rules (pure, so they run in Node tests): filters in the URL, and the CSV it exports. */
import type { PlaybookEntry, PlaybookEntryInput } from './api-playbook.ts';

export interface PlaybookFilters {
  domain: string | null;
  state: string | null;
  q: string | null;
}

export function readPlaybookFilters(params: URLSearchParams): PlaybookFilters {
  const text = (name: string) => params.get(name)?.trim() || null;
  return { domain: text('domain'), state: text('state')?.toUpperCase() ?? null, q: text('q') };
}

export function playbookSearch(filters: PlaybookFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function playbookCsvRows(entries: PlaybookEntry[]): string[][] {
  return [
    ['Title', 'State', 'Domains', 'Summary', 'Link'],
    ...entries.map((e) => [e.title, e.stateName ?? e.stateCode ?? '', e.domains.map((d) => d.title).join('; '), e.summary, e.url ?? '']),
  ];
}

/** The form's values for an entry (or a blank one). */
export function entryFormValues(entry: PlaybookEntry | null): PlaybookEntryInput {
  return {
    title: entry?.title ?? '',
    stateCode: entry?.stateCode ?? null,
    summary: entry?.summary ?? '',
    url: entry?.url ?? null,
    domains: entry?.domains.map((d) => d.key) ?? [],
  };
}

/** What the form sends: trimmed text, empty link and state as null. */
export function entryBody(values: PlaybookEntryInput): PlaybookEntryInput {
  const url = values.url?.trim() ?? '';
  return { title: values.title.trim(), stateCode: values.stateCode || null, summary: values.summary.trim(), url: url === '' ? null : url, domains: values.domains };
}
