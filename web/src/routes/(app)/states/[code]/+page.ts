import { isHttpError } from '@sveltejs/kit';
import { api } from '$lib/api';
import { getInstrument, listAssessments, listInstruments, getGrowth } from '$lib/api-assessments';
import { listCalls } from '$lib/api-calls';
import { statePlaybook } from '$lib/api-playbook';
import { planOfYear } from '$lib/api-plans';
import { listSiteVisits } from '$lib/api-site-visits';
import { getState } from '$lib/api-states';
import { pickAssessments } from '$lib/assessment';
import { canWritePlan, domainOptions } from '$lib/plan';
import type { PageLoad } from './$types';

/**
 * Everything about one state for one program year (`?programYear=`, default the current one as the
 * progress answer picks it): its row of the progress view, calls and visits, the assessment and growth,
 * and the plan. Saves on the page reload it through `invalidate('app:plan')`.
 */
export const load = (async (event) => {
  event.depends('app:plan');
  const { me } = await event.parent();
  const code = event.params.code.toUpperCase();
  const programYear = event.url.searchParams.get('programYear');

  const [state, progress, years] = await Promise.all([
    getState(code, event),
    // Only this state's row: the whole grid (every state) was most of the page's wait at national scale.
    api.progress({ programYear, state: code }, event),
    api.programYears(event).catch((error: unknown) => {
      if (isHttpError(error) && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }),
  ]);
  const yearId = progress.programYear.id;
  const scope = { programYear: yearId, state: code };

  const [plan, assessments, growth, calls, visits, playbook] = await Promise.all([
    planOfYear(state, yearId, event),
    listAssessments(scope, event),
    getGrowth(scope, event),
    listCalls({ ...scope, limit: 500 }, event),
    listSiteVisits({ ...scope, limit: 500 }, event),
    statePlaybook(code, yearId, event),
  ]);
  const { baseline, reassessment } = pickAssessments(assessments.items);

  // Goals name the assessment domain they serve: the baseline's, or (before one exists) the default instrument's.
  let instrumentDomains: { id: string; title: string }[] = [];
  if (!baseline && canWritePlan(me.user.role)) {
    const instruments = await listInstruments({}, event);
    if (instruments.items[0]) instrumentDomains = (await getInstrument(instruments.items[0].id, event)).domains;
  }

  return {
    state,
    progress,
    years: years?.items ?? [progress.programYear],
    stateProgress: progress.states.find((s) => s.stateCode === code) ?? null,
    plan,
    baseline,
    reassessment,
    growth,
    calls: calls.items,
    visits: visits.items,
    playbook,
    domains: domainOptions(baseline, instrumentDomains),
  };
}) satisfies PageLoad;
