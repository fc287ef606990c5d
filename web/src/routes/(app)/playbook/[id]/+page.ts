import { error } from '@sveltejs/kit';
import { getPlaybookEntry } from '$lib/api-playbook';
import { isRecordId } from '$lib/engagement';
import type { PageLoad } from './$types';

export const load = (async (event) => {
  if (!isRecordId(event.params.id)) error(404, { message: 'Playbook entry not found', status: 404 });
  event.depends('app:playbook');
  return { entry: await getPlaybookEntry(event.params.id, event) };
}) satisfies PageLoad;
