import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { goals } from '../../../db/schema/index.ts';
import { NotFoundError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import type { Ctx } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { loadGoal, loadPlan, requireDomain } from '../plans/plan-rules.ts';
import { findGoal, nextGoalPosition } from '../plans/plans.queries.ts';
import type { GoalCreate, GoalUpdate } from './goals.schemas.ts';

async function reload(ctx: Ctx, id: string) {
  const goal = await findGoal(ctx.db, id);
  if (!goal) throw new NotFoundError('Goal');
  return goal;
}

/** One goal, for whoever may read its state's plan (and for a stale edit's 412, which answers it as it is now). */
export async function get(ctx: Ctx, id: string) {
  await loadGoal(ctx, id, 'read');
  return reload(ctx, id);
}

export async function create(ctx: Ctx, input: Static<typeof GoalCreate>) {
  const plan = await loadPlan(ctx, input.planId, 'write', 'planId');
  const id = await ctx.db.transaction(async (tx) => {
    await requireDomain(tx, input.domainId);
    const [row] = await tx
      .insert(goals)
      .values({
        planId: plan.id,
        domainId: input.domainId ?? null,
        title: input.title,
        description: input.description ?? '',
        position: input.position ?? (await nextGoalPosition(tx, plan.id)),
      })
      .returning();
    await audit(tx, ctx.actor, 'create', 'goal', row.id, null, row, plan.stateCode);
    return row.id;
  });
  return reload(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof GoalUpdate>) {
  const before = await loadGoal(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    await requireDomain(tx, patch.domainId);
    const [after] = await tx
      .update(goals)
      .set({ ...definedOnly(patch), version: sql`${goals.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(goals.id, id), eq(goals.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Goal');
    await audit(tx, ctx.actor, 'update', 'goal', id, before, after, before.stateCode);
  });
  return reload(ctx, id);
}

/** Removes the goal with its milestones. */
export async function remove(ctx: Ctx, id: string) {
  const before = await loadGoal(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(goals).where(eq(goals.id, id));
    await audit(tx, ctx.actor, 'delete', 'goal', id, before, null, before.stateCode);
  });
}
