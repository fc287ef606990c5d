/**
 * Project plans, goals, milestones (with their status updates) and plan comments
 * (server/modules/{plans,goals,milestones,plan-comments}); the types are generated from those schemas.
 * A milestone's status changes only through `addMilestoneUpdate`, which keeps the history.
 */
import { request, type LoadContext } from './http.ts';
import type { StateDetail } from './api-states.ts';
import { toQuery } from './api-calls.ts';
import type { Page, QueryOf, Schemas } from './types.ts';

export type MilestoneStatus = Schemas['MilestoneStatus'];
export type MilestoneUpdateEntry = Schemas['MilestoneUpdateEntry'];
/** A milestone inside a plan's goal, with its history newest first. */
export type PlanMilestone = Schemas['PlanMilestone'];
/** What every form of a milestone carries (the plan's, the list's, the detail's). */
export type MilestoneFields = Omit<PlanMilestone, 'history'>;
export type MilestoneListItem = Schemas['MilestoneListItem'];
export type Milestone = Schemas['Milestone'];
export type Goal = Schemas['Goal'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanComment = Schemas['PlanComment'];
export type PlanSummary = Schemas['PlanSummary'];
export type Plan = Schemas['Plan'];

// ---- plans ----

export const getPlan = (id: string, load?: LoadContext) => request<Plan>('GET', `/api/plans/${id}`, { load });

/**
 * A state's plan for a year with its goals, milestones and comments, or null when none exists yet. The state's
 * record names each year's plan (`participations[].planId`), so this is one request, not a list and then a get.
 */
export function planOfYear(state: StateDetail, programYearId: string, load?: LoadContext): Promise<Plan | null> {
  const planId = state.participations.find((p) => p.programYearId === programYearId)?.planId;
  return planId ? getPlan(planId, load) : Promise.resolve(null);
}

export type PlanCreate = Schemas['PlanCreate'];
export const createPlan = (body: PlanCreate) => request<Plan>('POST', '/api/plans', { body });

export const updatePlan = (id: string, body: Schemas['PlanUpdate']) =>
  request<Plan>('PATCH', `/api/plans/${id}`, { body });

// ---- goals ----

export type GoalInput = Omit<Schemas['GoalUpdate'], 'version'>;
export const createGoal = (body: Schemas['GoalCreate']) => request<Goal>('POST', '/api/goals', { body });
export const updateGoal = (id: string, body: Schemas['GoalUpdate']) => request<Goal>('PATCH', `/api/goals/${id}`, { body });
export const deleteGoal = (id: string) => request<void>('DELETE', `/api/goals/${id}`);

// ---- milestones ----

export type MilestoneQuery = QueryOf<'listMilestones'>;
export const listMilestones = (query: MilestoneQuery, load?: LoadContext) =>
  request<Page<MilestoneListItem>>('GET', '/api/milestones', { load, query: { ...toQuery(query), limit: '500' } });

export const getMilestone = (id: string, load?: LoadContext) => request<Milestone>('GET', `/api/milestones/${id}`, { load });

export type MilestoneInput = Omit<Schemas['MilestoneUpdate'], 'version'>;
export const createMilestone = (body: Schemas['MilestoneCreate']) =>
  request<Milestone>('POST', '/api/milestones', { body });
export const updateMilestone = (id: string, body: Schemas['MilestoneUpdate']) =>
  request<Milestone>('PATCH', `/api/milestones/${id}`, { body });
export const deleteMilestone = (id: string) => request<void>('DELETE', `/api/milestones/${id}`);

export type StatusUpdateInput = Schemas['StatusUpdateCreate'];
/** A status change with a comment and evidence link: the history row and the new status land together. */
export const addMilestoneUpdate = (id: string, body: StatusUpdateInput) =>
  request<Milestone>('POST', `/api/milestones/${id}/updates`, { body });

// ---- plan comments ----

export const createPlanComment = (body: Schemas['PlanCommentCreate']) =>
  request<PlanComment>('POST', '/api/plan-comments', { body });
export const deletePlanComment = (id: string) => request<void>('DELETE', `/api/plan-comments/${id}`);
