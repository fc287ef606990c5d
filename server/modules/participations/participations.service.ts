import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { participations } from '../../../db/schema/index.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { staleOrMissing } from '../../lib/records.ts';
import { describeCounts } from '../program-years/record-counts.ts';
import { requireYear } from '../program-years/year-rules.ts';
import { requireStateExists } from '../states/states.queries.ts';
import type { ParticipationCreate, ParticipationUpdate } from './participations.schemas.ts';
import { type ParticipationFilter, findParticipation, listParticipations, recordsOfStateInYear } from './participations.queries.ts';

export const list = (ctx: Ctx, filter: ParticipationFilter) => listParticipations(ctx.db, ctx.actor, filter);

async function loadParticipation(ctx: Ctx, id: string, action: 'read' | 'write') {
  const row = await findParticipation(ctx.db, id);
  if (!row) throw new NotFoundError('Participation');
  requireAccess(ctx.actor, 'setup', action, row.stateCode, 'Participation');
  return row;
}

export const get = (ctx: Ctx, id: string) => loadParticipation(ctx, id, 'read');

export async function create(ctx: Ctx, input: Static<typeof ParticipationCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'setup', 'write', stateCode, 'State');
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireStateExists(tx, stateCode);
    const [taken] = await tx
      .select({ tier: participations.tier })
      .from(participations)
      .where(and(eq(participations.programYearId, year.id), eq(participations.stateCode, stateCode)))
      .limit(1);
    if (taken) throw new ConflictError(`stateCode: ${stateCode} already takes part in ${year.name} (${taken.tier})`);
    const [row] = await tx.insert(participations).values({ programYearId: year.id, stateCode, tier: input.tier }).returning();
    await audit(tx, ctx.actor, 'create', 'participation', row.id, null, row, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof ParticipationUpdate>) {
  const before = await loadParticipation(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(participations)
      .set({ tier: input.tier, version: sql`${participations.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(participations.id, id), eq(participations.version, input.version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Participation');
    await audit(tx, ctx.actor, 'update', 'participation', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

/** A participation that the state has already recorded work under stays: its records would be orphaned. */
export async function remove(ctx: Ctx, id: string) {
  const before = await loadParticipation(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    const records = await recordsOfStateInYear(tx, before.programYearId, before.stateCode);
    if (records.length > 0) {
      throw new ConflictError(
        `${before.stateCode} has ${describeCounts(records)} in ${before.programYearName}; remove them before removing the participation`,
      );
    }
    await tx.delete(participations).where(eq(participations.id, id));
    await audit(tx, ctx.actor, 'delete', 'participation', id, before, null, before.stateCode);
  });
}
