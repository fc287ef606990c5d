/**
 * Project plans, goals, milestones (with their status updates) and plan comments
 * (server/modules/{plans,goals,milestones,plan-comments}). Response types mirror those schemas.
 * A milestone's status changes only through `addMilestoneUpdate`, which keeps the history.
 */
import { request, type LoadContext } from './http.ts';
import type { StateDetail } from './api-states.ts';
import type { IsoDay, Page } from './types.ts';

export type MilestoneStatus = 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'deferred';

export interface MilestoneUpdateEntry {
  id: string;
  milestoneId: string;
  authorId: string | null;
  authorName: string | null;
  /** ISO 8601 instant with offset. */
  createdAt: string;
  oldStatus: MilestoneStatus | null;
  newStatus: MilestoneStatus;
  comment: string;
  evidenceUrl: string | null;
}

export interface MilestoneFields {
  id: string;
  goalId: string;
  title: string;
  ownerId: string | null;
  ownerName: string;
  dueOn: IsoDay;
  status: MilestoneStatus;
  completedOn: IsoDay | null;
  position: number;
  /** Due before today and neither completed nor deferred (computed by the API). */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A milestone inside a plan's goal, with its history newest first. */
export interface PlanMilestone extends MilestoneFields {
  history: MilestoneUpdateEntry[];
}

interface MilestonePlace {
  planId: string;
  programYearId: string;
  stateCode: string;
  goalTitle: string;
}

export type MilestoneListItem = MilestoneFields & MilestonePlace;
export type Milestone = MilestoneFields & MilestonePlace & { history: MilestoneUpdateEntry[] };

export interface Goal {
  id: string;
  planId: string;
  domainId: string | null;
  domainKey: string | null;
  domainTitle: string | null;
  title: string;
  description: string;
  position: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PlanGoal extends Goal {
  milestones: PlanMilestone[];
}

export interface PlanComment {
  id: string;
  planId: string;
  milestoneId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface PlanSummary {
  id: string;
  programYearId: string;
  stateCode: string;
  title: string;
  vision: string;
  goalCount: number;
  milestoneCount: number;
  completedCount: number;
  overdueCount: number;
  /** Completed milestones as a share of those not deferred, 0–100. */
  percentComplete: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Plan extends PlanSummary {
  goals: PlanGoal[];
  comments: PlanComment[];
}

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

export interface PlanCreate {
  programYearId: string;
  stateCode: string;
  title: string;
  vision?: string;
}
export const createPlan = (body: PlanCreate) => request<Plan>('POST', '/api/plans', { body });

export const updatePlan = (id: string, body: { title?: string; vision?: string; version?: number }) =>
  request<Plan>('PATCH', `/api/plans/${id}`, { body });

// ---- goals ----

export interface GoalInput {
  domainId?: string | null;
  title?: string;
  description?: string;
  position?: number;
}
export const createGoal = (body: GoalInput & { planId: string; title: string }) => request<Goal>('POST', '/api/goals', { body });
export const updateGoal = (id: string, body: GoalInput & { version?: number }) => request<Goal>('PATCH', `/api/goals/${id}`, { body });
export const deleteGoal = (id: string) => request<void>('DELETE', `/api/goals/${id}`);

// ---- milestones ----

export interface MilestoneQuery {
  programYear?: string | null;
  state?: string | null;
  plan?: string | null;
  goal?: string | null;
  status?: MilestoneStatus | null;
  owner?: string | null;
  overdue?: 'true' | 'false' | null;
  from?: IsoDay | null;
  to?: IsoDay | null;
}
export const listMilestones = (query: MilestoneQuery, load?: LoadContext) =>
  request<Page<MilestoneListItem>>('GET', '/api/milestones', { load, query: { ...query, limit: '500' } });

export const getMilestone = (id: string, load?: LoadContext) => request<Milestone>('GET', `/api/milestones/${id}`, { load });

export interface MilestoneInput {
  title?: string;
  dueOn?: IsoDay;
  ownerId?: string | null;
  ownerName?: string;
  position?: number;
}
export const createMilestone = (body: MilestoneInput & { goalId: string; title: string; dueOn: IsoDay; status?: MilestoneStatus }) =>
  request<Milestone>('POST', '/api/milestones', { body });
export const updateMilestone = (id: string, body: MilestoneInput & { version?: number }) =>
  request<Milestone>('PATCH', `/api/milestones/${id}`, { body });
export const deleteMilestone = (id: string) => request<void>('DELETE', `/api/milestones/${id}`);

export interface StatusUpdateInput {
  status: MilestoneStatus;
  comment?: string;
  evidenceUrl?: string | null;
  /** The version read; a stale one answers 412. */
  version?: number;
}
/** A status change with a comment and evidence link: the history row and the new status land together. */
export const addMilestoneUpdate = (id: string, body: StatusUpdateInput) =>
  request<Milestone>('POST', `/api/milestones/${id}/updates`, { body });

// ---- plan comments ----

export const createPlanComment = (body: { planId: string; milestoneId?: string | null; body: string }) =>
  request<PlanComment>('POST', '/api/plan-comments', { body });
export const deletePlanComment = (id: string) => request<void>('DELETE', `/api/plan-comments/${id}`);
