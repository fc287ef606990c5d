import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { actionItems, calls } from '../../../db/schema/index.ts';
import { type Actor, seesCoachNotes } from '../../domain/access.ts';
import { isFuture } from '../../domain/timeline.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { type ActionItemRow, actionItemsOf } from '../action-items/action-items.queries.ts';
import { coachOnDay } from '../pairings/pairing-rules.ts';
import { requireParticipation, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { CallCreate, CallUpdate } from './calls.schemas.ts';
import { type CallFilter, type CallRow, findCall, listCalls } from './calls.queries.ts';

/** What leaves the server: coach-only notes are removed for state users here, in one place. */
export function presentCall(row: CallRow, items: ActionItemRow[], actor: Actor) {
  const { coachNotes, ...shared } = row;
  return { ...shared, actionItems: items, ...(seesCoachNotes(actor) ? { coachNotes } : {}) };
}

function requireHeldNotFuture(status: string, date: string, todayIso: string) {
  if (status === 'held' && isFuture(date, todayIso)) throw new ValidationError(`date: a held call cannot be in the future (${date})`);
}

export async function list(ctx: Ctx, filter: CallFilter) {
  const result = await listCalls(ctx.db, ctx.actor, filter);
  const items = await actionItemsOf(ctx.db, 'callId', result.items.map((c) => c.id));
  return { total: result.total, items: result.items.map((c) => presentCall(c, items.get(c.id) ?? [], ctx.actor)) };
}

/** The call, if the actor can see it and may do `action` to it (404 when not visible, 403 when not allowed). */
async function loadCall(ctx: Ctx, id: string, action: 'read' | 'write') {
  const call = await findCall(ctx.db, id);
  if (!call) throw new NotFoundError('Call');
  requireAccess(ctx.actor, 'engagement', action, call.stateCode, 'Call');
  return call;
}

export async function get(ctx: Ctx, id: string) {
  const call = await loadCall(ctx, id, 'read');
  const items = await actionItemsOf(ctx.db, 'callId', [id]);
  return presentCall(call, items.get(id) ?? [], ctx.actor);
}

export async function create(ctx: Ctx, input: Static<typeof CallCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'engagement', 'write', stateCode, 'State');
  const { actionItems: itemInputs = [], ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    requireWithinYear(year, input.date, 'date');
    requireHeldNotFuture(input.status, input.date, ctx.today);
    itemInputs.forEach((item, i) => requireWithinYear(year, item.dueOn, `actionItems.${i}.dueOn`));
    const coachId = ctx.actor.role === 'coach' ? ctx.actor.id : await coachOnDay(tx, year.id, stateCode, input.date);
    const [row] = await tx.insert(calls).values({ ...fields, stateCode, coachId }).returning();
    if (itemInputs.length > 0) {
      await tx.insert(actionItems).values(itemInputs.map((item, position) => ({ ...item, stateCode, callId: row.id, position })));
    }
    await audit(tx, ctx.actor, 'create', 'call', row.id, null, { ...row, actionItems: itemInputs }, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof CallUpdate>) {
  const before = await loadCall(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, before.programYearId);
    const date = patch.date ?? before.date;
    requireWithinYear(year, date, 'date');
    requireHeldNotFuture(patch.status ?? before.status, date, ctx.today);
    const [after] = await tx
      .update(calls)
      .set({ ...definedOnly(patch), version: sql`${calls.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(calls.id, id), eq(calls.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Call');
    await audit(tx, ctx.actor, 'update', 'call', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadCall(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(calls).where(eq(calls.id, id));
    await audit(tx, ctx.actor, 'delete', 'call', id, before, null, before.stateCode);
  });
}
