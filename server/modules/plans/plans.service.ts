import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { plans } from '../../../db/schema/index.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { summariseMilestones } from '../../domain/progress.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { EncodedAnswer } from '../../lib/encoded-answer.ts';
import { etagOf } from '../../plugins/concurrency.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { historyOf, milestonesOfPlan } from '../milestones/milestones.queries.ts';
import { presentMilestone } from '../milestones/milestones.service.ts';
import { requireParticipation, requireYear } from '../program-years/year-rules.ts';
import { loadPlan, requireStaffDelete } from './plan-rules.ts';
import type { PlanCreate, PlanUpdate } from './plans.schemas.ts';
import { type PlanFilter, type PlanRow, commentsOfPlan, findPlan, goalsOfPlan, listPlans, planOfYear } from './plans.queries.ts';

/** The plan's counts and percent complete, summarised by the same rule as the cross-state progress view. */
function withSummary(plan: PlanRow, goalCount: number, milestones: { dueOn: IsoDate; status: string }[], todayIso: IsoDate) {
  const summary = summariseMilestones(milestones, todayIso);
  return {
    ...plan,
    goalCount,
    milestoneCount: summary.total,
    completedCount: summary.completed,
    overdueCount: summary.overdue,
    percentComplete: summary.percentComplete,
  };
}

export async function list(ctx: Ctx, filter: PlanFilter) {
  const result = await listPlans(ctx.db, ctx.actor, filter);
  return {
    total: result.total,
    items: result.items.map(({ milestoneFacts, goalCount, ...plan }) => withSummary(plan, goalCount, milestoneFacts, ctx.today)),
  };
}

/** The whole plan: goals → milestones → history, and the comments. */
export async function get(ctx: Ctx, id: string) {
  return wholePlan(ctx, await loadPlan(ctx, id, 'read'));
}

/**
 * The whole plan as everyone who may read it sees it: nothing in it depends on who asks, only on the data and
 * the day ("overdue"), which is what lets the route keep one answer per plan and day (plans.routes.ts).
 */
export async function wholePlan(ctx: Pick<Ctx, 'db' | 'today'>, plan: PlanRow) {
  const id = plan.id;
  const [goals, milestones, comments] = await Promise.all([goalsOfPlan(ctx.db, id), milestonesOfPlan(ctx.db, id), commentsOfPlan(ctx.db, id)]);
  const history = await historyOf(ctx.db, milestones.map((m) => m.id));
  return {
    ...withSummary(plan, goals.length, milestones, ctx.today),
    goals: goals.map((goal) => ({
      ...goal,
      milestones: milestones
        .filter((m) => m.goalId === goal.id)
        .map((m) => ({ ...presentMilestone(m, ctx.today), history: history.get(m.id) ?? [] })),
    })),
    comments,
  };
}

export async function create(ctx: Ctx, input: Static<typeof PlanCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'plan', 'write', stateCode, 'State');
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    if (await planOfYear(tx, year.id, stateCode)) throw new ConflictError(`stateCode: ${stateCode} already has a plan for this program year`);
    const [row] = await tx.insert(plans).values({ programYearId: year.id, stateCode, title: input.title, vision: input.vision ?? '' }).returning();
    await audit(tx, ctx.actor, 'create', 'plan', row.id, null, row, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof PlanUpdate>) {
  const before = await loadPlan(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(plans)
      .set({ ...definedOnly(patch), version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(plans.id, id), eq(plans.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Plan');
    await audit(tx, ctx.actor, 'update', 'plan', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

/** Staff only: removes the plan with its goals, milestones, history and comments. */
export async function remove(ctx: Ctx, id: string) {
  const before = await get(ctx, id);
  requireStaffDelete(ctx, 'plan', before.stateCode, 'Plan');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(plans).where(eq(plans.id, id));
    await audit(tx, ctx.actor, 'delete', 'plan', id, before, null, before.stateCode);
  });
}

/** A plan's answer, serialized and encoded once with its ETag, kept with the state it belongs to (for the scope check). */
export interface KeptPlan {
  stateCode: string;
  answer: EncodedAnswer;
}

/**
 * The plan's answer for anyone, made through `serialize` (the route's response schema). Scope is not checked
 * here: requests of different people share one computation, and each checks its own scope on the result.
 */
export async function keptPlan(ctx: Pick<Ctx, 'db' | 'today'>, id: string, serialize: (body: unknown) => string): Promise<KeptPlan> {
  const plan = await findPlan(ctx.db, id);
  if (!plan) throw new NotFoundError('Plan');
  const answer = new EncodedAnswer(Buffer.from(serialize(await wholePlan(ctx, plan))), { headers: { etag: etagOf(plan.version) } });
  return { stateCode: plan.stateCode, answer };
}
