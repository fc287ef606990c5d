import { error } from '@sveltejs/kit';
import { getPlaybookEntry, playbookDomains } from '$lib/api-playbook';
import { listStates } from '$lib/api-states';
import { isRecordId } from '$lib/engagement';
import type { PageLoad } from './$types';

export const load = (async (event) => {
  if (!isRecordId(event.params.id)) error(404, { message: 'Playbook entry not found', status: 404 });
  const [entry, domains, states] = await Promise.all([getPlaybookEntry(event.params.id, event), playbookDomains(event), listStates({}, event)]);
  return { entry, domains: domains.items, states: states.items.map((s) => ({ code: s.code, name: s.name })).sort((a, b) => a.name.localeCompare(b.name)) };
}) satisfies PageLoad;
