import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { domains, goals, milestones, planComments, plans, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { preparedList } from '../../lib/prepared-list.ts';
import { allOf, windowTotal } from '../../lib/records.ts';

export type PlanRow = typeof plans.$inferSelect;
/** A plan with its goal count and the due day and status of each milestone, to summarise in the domain layer. */
export type PlanListRow = PlanRow & { goalCount: number; milestoneFacts: { dueOn: IsoDate; status: string }[] };
/** A goal with its domain's key and title, and the state and year of its plan. */
export type GoalRow = typeof goals.$inferSelect & { domainKey: string | null; domainTitle: string | null; stateCode: string; programYearId: string };
export type CommentRow = typeof planComments.$inferSelect & { authorName: string | null };

export interface PlanFilter {
  programYear?: string;
  state?: string;
  limit?: number;
  offset?: number;
}

const listColumns = {
  plan: plans,
  // Correlated subqueries name the outer table in full: drizzle leaves a one-table select's columns unqualified.
  goalCount: sql<number>`(select count(*) from goals g where g.plan_id = plans.id)::int`,
  milestoneFacts: sql<PlanListRow['milestoneFacts']>`coalesce((
    select json_agg(json_build_object('dueOn', m.due_on, 'status', m.status))
    from milestones m join goals g on g.id = m.goal_id
    where g.plan_id = plans.id), '[]'::json)`,
};

// The list's filters, in a fixed order.
const planPage = preparedList('plans_list', plans, plans.stateCode, [
  ['programYear', plans.programYearId, eq],
  ['state', plans.stateCode, eq],
]);

export function listPlans(db: Db, actor: Actor, filter: PlanFilter) {
  return planPage(
    db,
    actor,
    filter,
    (where) =>
      db
        .select({ ...listColumns, total: windowTotal() })
        .from(plans)
        .where(where)
        .orderBy(asc(plans.stateCode), desc(plans.createdAt), asc(plans.id)),
    (list) => list.map(({ plan, total: _total, ...rest }): PlanListRow => ({ ...plan, ...rest })),
  );
}

export async function findPlan(db: Db | Tx, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return row;
}

export async function planOfYear(db: Db | Tx, programYearId: string, stateCode: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(allOf(eq(plans.programYearId, programYearId), eq(plans.stateCode, stateCode)))
    .limit(1);
  return row;
}

const goalColumns = { goal: goals, domainKey: domains.key, domainTitle: domains.title, stateCode: plans.stateCode, programYearId: plans.programYearId };

const selectGoals = (db: Db | Tx) =>
  db.select(goalColumns).from(goals).innerJoin(plans, eq(plans.id, goals.planId)).leftJoin(domains, eq(domains.id, goals.domainId));

type JoinedGoal = { goal: typeof goals.$inferSelect; domainKey: string | null; domainTitle: string | null; stateCode: string; programYearId: string };
const flattenGoals = (rows: JoinedGoal[]): GoalRow[] => rows.map(({ goal, ...rest }) => ({ ...goal, ...rest }));

export async function goalsOfPlan(db: Db | Tx, planId: string): Promise<GoalRow[]> {
  return flattenGoals(await selectGoals(db).where(eq(goals.planId, planId)).orderBy(asc(goals.position), asc(goals.createdAt)));
}

export async function findGoal(db: Db | Tx, id: string): Promise<GoalRow | undefined> {
  return flattenGoals(await selectGoals(db).where(eq(goals.id, id)).limit(1))[0];
}

/** A plan's comments, newest first, with their authors' names. */
export async function commentsOfPlan(db: Db | Tx, planId: string): Promise<CommentRow[]> {
  const rows = await db
    .select({ comment: planComments, authorName: users.name })
    .from(planComments)
    .leftJoin(users, eq(users.id, planComments.authorId))
    .where(eq(planComments.planId, planId))
    .orderBy(desc(planComments.createdAt), desc(planComments.id));
  return rows.map(({ comment, authorName }) => ({ ...comment, authorName }));
}

export async function findComment(db: Db | Tx, id: string): Promise<(CommentRow & { stateCode: string }) | undefined> {
  const [row] = await db
    .select({ comment: planComments, authorName: users.name, stateCode: plans.stateCode })
    .from(planComments)
    .innerJoin(plans, eq(plans.id, planComments.planId))
    .leftJoin(users, eq(users.id, planComments.authorId))
    .where(eq(planComments.id, id))
    .limit(1);
  return row ? { ...row.comment, authorName: row.authorName, stateCode: row.stateCode } : undefined;
}

/** Positions that put a new goal or milestone at the end of its list. */
export async function nextGoalPosition(db: Db | Tx, planId: string) {
  const [row] = await db.select({ next: sql<number>`coalesce(max(${goals.position}) + 1, 0)::int` }).from(goals).where(eq(goals.planId, planId));
  return row?.next ?? 0;
}

export async function nextMilestonePosition(db: Db | Tx, goalId: string) {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${milestones.position}) + 1, 0)::int` })
    .from(milestones)
    .where(eq(milestones.goalId, goalId));
  return row?.next ?? 0;
}
