import { eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { planComments } from '../../../db/schema/index.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import type { Ctx } from '../../lib/context.ts';
import { findMilestone } from '../milestones/milestones.queries.ts';
import { loadPlan, requirePlanRecord } from '../plans/plan-rules.ts';
import { findComment } from '../plans/plans.queries.ts';
import type { PlanCommentCreate } from './plan-comments.schemas.ts';

/** A comment on the plan, or on one of its milestones: staff, the paired coach and the state lead comment. */
export async function create(ctx: Ctx, input: Static<typeof PlanCommentCreate>) {
  const plan = await loadPlan(ctx, input.planId, 'comment', 'planId');
  if (input.milestoneId) {
    const milestone = await findMilestone(ctx.db, input.milestoneId);
    if (milestone?.planId !== plan.id) throw new ValidationError('milestoneId: not a milestone of this plan');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planComments)
      .values({ planId: plan.id, milestoneId: input.milestoneId ?? null, authorId: ctx.actor.id, body: input.body })
      .returning();
    await audit(tx, ctx.actor, 'create', 'plan_comment', row.id, null, row, plan.stateCode);
    return row.id;
  });
  const comment = await findComment(ctx.db, id);
  if (!comment) throw new NotFoundError('Comment');
  return comment;
}

/** Its author may take a comment back; staff may remove any. */
export async function remove(ctx: Ctx, id: string) {
  const before = requirePlanRecord(ctx, await findComment(ctx.db, id), 'read', 'Comment');
  if (before.authorId !== ctx.actor.id && ctx.actor.role !== 'staff') throw new ForbiddenError('Only its author or TA staff may delete a comment');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(planComments).where(eq(planComments.id, id));
    await audit(tx, ctx.actor, 'delete', 'plan_comment', id, before, null, before.stateCode);
  });
}
