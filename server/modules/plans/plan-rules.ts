import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { domains, users } from '../../../db/schema/index.ts';
import type { Action, Area } from '../../domain/access.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { type GoalRow, type PlanRow, findGoal, findPlan } from './plans.queries.ts';

/**
 * Deleting a plan or an assessment is for TA staff only, although leads and coaches write them: it
 * removes a state's record of the year. Out-of-scope records still answer 404 first.
 */
export function requireStaffDelete(ctx: Ctx, area: Area, stateCode: string, what: string) {
  requireAccess(ctx.actor, area, 'read', stateCode, what);
  if (ctx.actor.role !== 'staff') throw new ForbiddenError(`Only TA staff may delete a ${what.toLowerCase()}`);
}

/**
 * A plan record the actor may `action`. Addressed by the URL (no `field`), a missing one is 404; named in
 * a body (`field`), it is a 400 naming the field. Either way one outside the actor's states is 404.
 */
export function requirePlanRecord<T extends { stateCode: string }>(ctx: Ctx, row: T | undefined, action: Action, what: string, field?: string): T {
  if (!row) throw field ? new ValidationError(`${field}: no such ${what.toLowerCase()}`) : new NotFoundError(what);
  requireAccess(ctx.actor, 'plan', action, row.stateCode, what);
  return row;
}

export async function loadPlan(ctx: Ctx, id: string, action: Action, field?: string): Promise<PlanRow> {
  return requirePlanRecord(ctx, await findPlan(ctx.db, id), action, 'Plan', field);
}

export async function loadGoal(ctx: Ctx, id: string, action: Action, field?: string): Promise<GoalRow> {
  return requirePlanRecord(ctx, await findGoal(ctx.db, id), action, 'Goal', field);
}

/** A goal may name an assessment domain (of any instrument revision). */
export async function requireDomain(tx: Tx, domainId: string | null | undefined) {
  if (!domainId) return;
  const [row] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, domainId)).limit(1);
  if (!row) throw new ValidationError('domainId: no such assessment domain');
}

/** A milestone's owner with an account is someone of the plan's state; answers the name to show. */
export async function requireOwner(tx: Tx, ownerId: string, stateCode: string): Promise<string> {
  const [user] = await tx.select({ name: users.name, stateCode: users.stateCode }).from(users).where(eq(users.id, ownerId)).limit(1);
  if (!user) throw new ValidationError('ownerId: no such user');
  if (user.stateCode?.trim() !== stateCode) throw new ValidationError(`ownerId: ${user.name} is not on the ${stateCode} state team`);
  return user.name;
}
