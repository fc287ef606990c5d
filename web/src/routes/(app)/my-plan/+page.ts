import { redirect } from '@sveltejs/kit';
import { api } from '$lib/api';
import { getInstrument, listAssessments, listInstruments } from '$lib/api-assessments';
import { planOfYear } from '$lib/api-plans';
import { getState } from '$lib/api-states';
import { pickAssessments } from '$lib/assessment';
import { canWritePlan, domainOptions } from '$lib/plan';
import type { PageLoad } from './$types';

/**
 * The state lead's (and member's) home: their state's plan for the current year (`?programYear=` picks
 * another). Staff and coaches have no plan of their own: they go to the state pages.
 */
export const load = (async (event) => {
  event.depends('app:plan');
  const { me } = await event.parent();
  if (me.user.role === 'staff') redirect(307, '/states');
  if (me.user.role === 'coach') redirect(307, me.states.length === 1 ? `/states/${me.states[0]}` : '/states');

  const code = me.user.stateCode ?? me.states[0] ?? null;
  if (!code) return { noState: true as const };

  const programYear = event.url.searchParams.get('programYear');
  const [state, progress] = await Promise.all([getState(code, event), api.progress({ programYear }, event)]);
  const yearId = progress.programYear.id;
  const [plan, assessments] = await Promise.all([planOfYear(state, yearId, event), listAssessments({ programYear: yearId, state: code }, event)]);
  const { baseline, reassessment } = pickAssessments(assessments.items);

  let instrumentDomains: { id: string; title: string }[] = [];
  if (!baseline && canWritePlan(me.user.role)) {
    const instruments = await listInstruments({}, event);
    if (instruments.items[0]) instrumentDomains = (await getInstrument(instruments.items[0].id, event)).domains;
  }

  return {
    noState: false as const,
    state,
    progress,
    stateProgress: progress.states.find((s) => s.stateCode === code) ?? null,
    plan,
    baseline,
    reassessment,
    domains: domainOptions(baseline, instrumentDomains),
  };
}) satisfies PageLoad;
