import { playbookDomains } from '$lib/api-playbook';
import { listStates } from '$lib/api-states';
import type { PageLoad } from './$types';

/** What the entry form offers: the domains, and every state (staff see all of them). */
export const load = (async (event) => {
  const [domains, states] = await Promise.all([playbookDomains(event), listStates({}, event)]);
  return { domains: domains.items, states: states.items.map((s) => ({ code: s.code, name: s.name })).sort((a, b) => a.name.localeCompare(b.name)) };
}) satisfies PageLoad;
