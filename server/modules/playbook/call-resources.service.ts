import { and, eq } from 'drizzle-orm';
import { callResources } from '../../../db/schema/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { findCall } from '../calls/calls.queries.ts';
import { entriesOfCall, findEntry } from './playbook.queries.ts';
import { presentEntries } from './playbook.service.ts';

/*
 * "Resources shared" on a call: playbook entries a coach attached. Reading follows the call (its state's users);
 * attaching and detaching are engagement writes (staff, or a coach paired with the call's state).
 */

async function loadCall(ctx: Ctx, callId: string, action: 'read' | 'write') {
  const call = await findCall(ctx.db, callId);
  if (!call) throw new NotFoundError('Call');
  requireAccess(ctx.actor, 'engagement', action, call.stateCode, 'Call');
  return call;
}

export async function list(ctx: Ctx, callId: string) {
  await loadCall(ctx, callId, 'read');
  const items = await presentEntries(ctx, await entriesOfCall(ctx.db, callId));
  return { items, total: items.length };
}

/** Attaches an entry; attaching one already shared changes nothing (created: false). */
export async function attach(ctx: Ctx, callId: string, entryId: string) {
  const call = await loadCall(ctx, callId, 'write');
  const created = await ctx.db.transaction(async (tx) => {
    if (!(await findEntry(tx, entryId))) throw new ValidationError('entryId: no such playbook entry');
    const rows = await tx.insert(callResources).values({ callId, entryId }).onConflictDoNothing().returning();
    if (rows.length > 0) await audit(tx, ctx.actor, 'create', 'call_resource', `${callId}:${entryId}`, null, rows[0], call.stateCode);
    return rows.length > 0;
  });
  return { created, resources: await list(ctx, callId) };
}

export async function detach(ctx: Ctx, callId: string, entryId: string) {
  const call = await loadCall(ctx, callId, 'write');
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .delete(callResources)
      .where(and(eq(callResources.callId, callId), eq(callResources.entryId, entryId)))
      .returning();
    if (rows.length === 0) throw new NotFoundError('Resource on this call');
    await audit(tx, ctx.actor, 'delete', 'call_resource', `${callId}:${entryId}`, rows[0], null, call.stateCode);
  });
}
