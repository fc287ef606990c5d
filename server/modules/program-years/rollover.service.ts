import type { Static } from 'typebox';
import { events, pairings, participations, programYears, teamMembers, timelineActivities } from '../../../db/schema/index.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { findYear } from './program-years.queries.ts';
import { get } from './program-years.service.ts';
import { type RolloverPlan, planRollover } from './rollover-plan.ts';
import { existingNextYear, recordsToCarry } from './rollover.queries.ts';
import type { RolloverInput } from './rollover.schemas.ts';

/** Staff start the next year; everyone else may not (403: years belong to no state). */
async function planFor(ctx: Ctx, db: Db | Tx, id: string, name?: string) {
  requireAccess(ctx.actor, 'setup', 'write', null, 'Program year');
  const source = await findYear(db, id);
  if (!source) throw new NotFoundError('Program year');
  const plan = planRollover(source, await recordsToCarry(db, source), name);
  const existing = await existingNextYear(db, source.id, plan.year.name, plan.year);
  if (existing) {
    throw new ConflictError(
      `The next year already exists: "${existing.name}" (${existing.startsOn} to ${existing.endsOn}) has the name "${plan.year.name}" or covers the dates ${plan.year.startsOn} to ${plan.year.endsOn}`,
    );
  }
  return plan;
}

export const preview = (ctx: Ctx, id: string, name?: string) => planFor(ctx, ctx.db, id, name);

async function write(tx: Tx, plan: RolloverPlan) {
  const [year] = await tx.insert(programYears).values(plan.year).returning();
  const programYearId = year.id;
  if (plan.activities.length > 0) {
    await tx.insert(timelineActivities).values(plan.activities.map(({ previousStartsOn: _s, previousEndsOn: _e, ...a }) => ({ ...a, programYearId })));
  }
  if (plan.events.length > 0) await tx.insert(events).values(plan.events.map(({ previousDate: _d, ...e }) => ({ ...e, programYearId })));
  if (plan.participations.length > 0) await tx.insert(participations).values(plan.participations.map((p) => ({ ...p, programYearId })));
  if (plan.pairings.length > 0) {
    await tx.insert(pairings).values(plan.pairings.map((p) => ({ programYearId, stateCode: p.stateCode, coachId: p.coachId, startsOn: p.startsOn, endsOn: null })));
  }
  if (plan.teamMembers.length > 0) await tx.insert(teamMembers).values(plan.teamMembers.map((m) => ({ ...m, programYearId })));
  return year;
}

/** One transaction: the new year and everything carried into it land together, with one audit record. */
export async function rollover(ctx: Ctx, id: string, input: Static<typeof RolloverInput> = {}) {
  const yearId = await ctx.db.transaction(async (tx) => {
    const plan = await planFor(ctx, tx, id, input.name);
    const year = await write(tx, plan);
    await audit(tx, ctx.actor, 'create', 'program_year', year.id, null, { ...year, rolledOverFrom: plan.from, carried: plan });
    return year.id;
  });
  return get(ctx, yearId);
}
