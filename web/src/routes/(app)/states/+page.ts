import { api } from '$lib/api';
import { listStates } from '$lib/api-states';
import type { PageLoad } from './$types';

/** The states the user can see, with their tier and coaches in the current (or chosen) program year. */
export const load = (async (event) => {
  const progress = await api.progress({ programYear: event.url.searchParams.get('programYear') }, event);
  const states = await listStates({ programYear: progress.programYear.id }, event);
  return { progress, states: states.items };
}) satisfies PageLoad;
