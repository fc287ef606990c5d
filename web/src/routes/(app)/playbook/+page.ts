import { listPlaybook, playbookDomains } from '$lib/api-playbook';
import { readPlaybookFilters } from '$lib/playbook';
import type { PageLoad } from './$types';

/** The entries for the filters in the URL; the whole library (small) gives the state filter its choices. */
export const load = (async (event) => {
  event.depends('app:playbook');
  const filters = readPlaybookFilters(event.url.searchParams);
  const [entries, domains, everything] = await Promise.all([
    listPlaybook({ ...filters, limit: 500 }, event),
    playbookDomains(event),
    listPlaybook({ limit: 500 }, event),
  ]);
  const states = [...new Map(everything.items.filter((e) => e.stateCode).map((e) => [e.stateCode as string, e.stateName ?? (e.stateCode as string)]))]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { filters, entries, domains: domains.items, states };
}) satisfies PageLoad;
