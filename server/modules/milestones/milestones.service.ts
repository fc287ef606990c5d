import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { milestoneUpdates, milestones } from '../../../db/schema/index.ts';
import { mayUpdateMilestone } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { isMilestoneOverdue } from '../../domain/timeline.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import type { Ctx } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { loadGoal, requireOwner, requirePlanRecord } from '../plans/plan-rules.ts';
import { nextMilestonePosition } from '../plans/plans.queries.ts';
import { requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { MilestoneCreate, MilestoneUpdate, StatusUpdateCreate } from './milestones.schemas.ts';
import { type MilestoneFilter, type MilestoneRow, findMilestone, historyOf, listMilestones } from './milestones.queries.ts';

/** What leaves the server: the milestone with its overdue flag computed for today. */
export const presentMilestone = (row: MilestoneRow, todayIso: IsoDate) => ({ ...row, overdue: isMilestoneOverdue(row, todayIso) });

/** The day a milestone counts as completed: today when it becomes completed, kept while it stays, cleared when it leaves. */
function completedOnFor(before: { status: string; completedOn: string | null }, status: string, todayIso: IsoDate) {
  if (status !== 'completed') return null;
  return before.status === 'completed' ? before.completedOn : todayIso;
}

export async function list(ctx: Ctx, filter: MilestoneFilter) {
  const result = await listMilestones(ctx.db, ctx.actor, ctx.today, filter);
  return { total: result.total, items: result.items.map((m) => presentMilestone(m, ctx.today)) };
}

const loadMilestone = async (ctx: Ctx, id: string, action: 'read' | 'write') =>
  requirePlanRecord(ctx, await findMilestone(ctx.db, id), action, 'Milestone');

export async function get(ctx: Ctx, id: string) {
  const row = await loadMilestone(ctx, id, 'read');
  const history = await historyOf(ctx.db, [id]);
  return { ...presentMilestone(row, ctx.today), history: history.get(id) ?? [] };
}

export async function create(ctx: Ctx, input: Static<typeof MilestoneCreate>) {
  const goal = await loadGoal(ctx, input.goalId, 'write', 'goalId');
  const status = input.status ?? 'not_started';
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, goal.programYearId);
    requireWithinYear(year, input.dueOn, 'dueOn');
    const ownerName = input.ownerId ? await requireOwner(tx, input.ownerId, goal.stateCode) : (input.ownerName ?? '');
    const [row] = await tx
      .insert(milestones)
      .values({
        goalId: goal.id,
        title: input.title,
        ownerId: input.ownerId ?? null,
        ownerName,
        dueOn: input.dueOn,
        status,
        completedOn: completedOnFor({ status: 'not_started', completedOn: null }, status, ctx.today),
        position: input.position ?? (await nextMilestonePosition(tx, goal.id)),
      })
      .returning();
    // The history starts with the status the milestone was created in.
    await tx.insert(milestoneUpdates).values({ milestoneId: row.id, authorId: ctx.actor.id, oldStatus: null, newStatus: status });
    await audit(tx, ctx.actor, 'create', 'milestone', row.id, null, row, goal.stateCode);
    return row.id;
  });
  return get(ctx, id);
}

/** Title, due day, owner and position; the status changes only through an update, which keeps the history. */
export async function update(ctx: Ctx, id: string, input: Static<typeof MilestoneUpdate>) {
  const before = await loadMilestone(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, before.programYearId);
    requireWithinYear(year, patch.dueOn, 'dueOn');
    // A new account owner is shown by name; clearing the owner clears the name unless one is typed in.
    let ownerName = patch.ownerName;
    if (patch.ownerId) ownerName = patch.ownerName ?? (await requireOwner(tx, patch.ownerId, before.stateCode));
    else if (patch.ownerId === null) ownerName = patch.ownerName ?? '';
    const [after] = await tx
      .update(milestones)
      .set({ ...definedOnly({ ...patch, ownerName }), version: sql`${milestones.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(milestones.id, id), eq(milestones.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Milestone');
    await audit(tx, ctx.actor, 'update', 'milestone', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadMilestone(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(milestones).where(eq(milestones.id, id));
    await audit(tx, ctx.actor, 'delete', 'milestone', id, before, null, before.stateCode);
  });
}

/**
 * A status change (or a comment on progress) with optional evidence: the history row, the new status and
 * completion day, the version and the audit row land together. Plan writers may; so may a state member
 * who owns the milestone; a coach comments on the plan instead.
 */
export async function addUpdate(ctx: Ctx, id: string, input: Static<typeof StatusUpdateCreate>) {
  const before = await findMilestone(ctx.db, id);
  if (!before) throw new NotFoundError('Milestone');
  const decision = mayUpdateMilestone(ctx.actor, before.stateCode, before.ownerId);
  if (decision === 'hidden') throw new NotFoundError('Milestone');
  if (decision === 'forbidden') throw new ForbiddenError('Your role may not update this milestone: plan writers and its owner may');
  const comment = input.comment?.trim() ?? '';
  const evidenceUrl = input.evidenceUrl ?? null;
  if (input.status === before.status && comment === '' && evidenceUrl === null) {
    throw new ValidationError(`status: the milestone is already ${before.status}; change the status or add a comment or evidence`);
  }
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(milestones)
      .set({
        status: input.status,
        completedOn: completedOnFor(before, input.status, ctx.today),
        version: sql`${milestones.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(milestones.id, id), eq(milestones.version, input.version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Milestone');
    const [entry] = await tx
      .insert(milestoneUpdates)
      .values({ milestoneId: id, authorId: ctx.actor.id, oldStatus: before.status, newStatus: input.status, comment, evidenceUrl })
      .returning();
    await audit(tx, ctx.actor, 'update', 'milestone', id, before, { ...after, update: entry }, before.stateCode);
  });
  return get(ctx, id);
}

