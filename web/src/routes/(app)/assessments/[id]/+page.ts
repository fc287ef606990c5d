import { getAssessment } from '$lib/api-assessments';
import { getState } from '$lib/api-states';
import type { PageLoad } from './$types';

/** One assessment with its instrument's domains and indicators and the saved responses. */
export const load = (async (event) => {
  event.depends('app:assessment');
  const assessment = await getAssessment(event.params.id, event);
  const state = await getState(assessment.stateCode, event);
  const year = state.participations.find((p) => p.programYearId === assessment.programYearId) ?? null;
  return { assessment, stateName: state.name, yearName: year?.programYearName ?? null };
}) satisfies PageLoad;
