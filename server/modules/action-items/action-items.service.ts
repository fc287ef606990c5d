import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { actionItems } from '../../../db/schema/index.ts';
import { todayIn } from '../../domain/dates.ts';
import { isActionItemOverdue } from '../../domain/timeline.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { ActionItemCreate, ActionItemUpdate } from './action-items.schemas.ts';
import {
  type ActionItemFilter,
  type ActionItemView,
  type ParentRef,
  findActionItem,
  findParent,
  insertActionItems,
  listActionItems,
  stateTimeZones,
  type StateTodays,
} from './action-items.queries.ts';

/** Today in every state's own calendar: "overdue" means due before that day. */
export async function stateTodays(ctx: Ctx): Promise<StateTodays> {
  return new Map((await stateTimeZones(ctx.db)).map((s) => [s.code, todayIn(ctx.now, s.timeZone)]));
}

/** What leaves the server: the item with its parent and whether it is overdue in its state today. */
export const presentActionItem = (item: ActionItemView, todays: StateTodays) => ({
  ...item,
  overdue: isActionItemOverdue(item, todays.get(item.stateCode) ?? item.dueOn ?? ''),
});

export async function list(ctx: Ctx, filter: ActionItemFilter) {
  const todays = await stateTodays(ctx);
  const result = await listActionItems(ctx.db, ctx.actor, filter, todays);
  return { total: result.total, items: result.items.map((item) => presentActionItem(item, todays)) };
}

async function loadItem(ctx: Ctx, id: string, action: 'read' | 'write') {
  const item = await findActionItem(ctx.db, id);
  if (!item) throw new NotFoundError('Action item');
  requireAccess(ctx.actor, 'engagement', action, item.stateCode, 'Action item');
  return item;
}

export async function get(ctx: Ctx, id: string) {
  const [item, todays] = await Promise.all([loadItem(ctx, id, 'read'), stateTodays(ctx)]);
  return presentActionItem(item, todays);
}

/** Exactly one parent, named by its field; a parent the actor cannot see answers 404 like a missing one. */
function parentOf(input: { callId?: string; siteVisitId?: string }): { ref: ParentRef; what: string } {
  if (input.callId && input.siteVisitId) throw new ValidationError('siteVisitId: send either callId or siteVisitId, not both');
  if (input.callId) return { ref: { callId: input.callId }, what: 'Call' };
  if (input.siteVisitId) return { ref: { siteVisitId: input.siteVisitId }, what: 'Site visit' };
  throw new ValidationError('callId: send the call or the site visit (siteVisitId) the item belongs to');
}

export async function create(ctx: Ctx, input: Static<typeof ActionItemCreate>) {
  const { callId, siteVisitId, ...fields } = input;
  const { ref, what } = parentOf({ callId, siteVisitId });
  const id = await ctx.db.transaction(async (tx) => {
    const parent = await findParent(tx, ref);
    if (!parent) throw new NotFoundError(what);
    requireAccess(ctx.actor, 'engagement', 'write', parent.stateCode, what);
    requireWithinYear(await requireYear(tx, parent.programYearId), fields.dueOn, 'dueOn');
    const [row] = await insertActionItems(tx, ref, parent.stateCode, [fields]);
    await audit(tx, ctx.actor, 'create', 'action_item', row.id, null, row, row.stateCode);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof ActionItemUpdate>) {
  const before = await loadItem(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    if (patch.dueOn) requireWithinYear(await requireYear(tx, before.programYearId), patch.dueOn, 'dueOn');
    const [after] = await tx
      .update(actionItems)
      .set({ ...definedOnly(patch), version: sql`${actionItems.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(actionItems.id, id), eq(actionItems.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Action item');
    await audit(tx, ctx.actor, 'update', 'action_item', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadItem(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(actionItems).where(eq(actionItems.id, id));
    await audit(tx, ctx.actor, 'delete', 'action_item', id, before, null, before.stateCode);
  });
}
