import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { pairings } from '../../../db/schema/index.ts';
import { spansOverlap } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { type YearRow, requireOrdered, requireParticipation, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import { findUserById } from '../users/users.queries.ts';
import type { PairingCreate, PairingUpdate } from './pairings.schemas.ts';
import { type PairingFilter, findPairing, listPairings, lockParticipation, otherPairings } from './pairings.queries.ts';

interface PairingDays {
  startsOn: string;
  endsOn: string | null;
}

export const list = (ctx: Ctx, filter: PairingFilter) => listPairings(ctx.db, ctx.actor, filter);

async function loadPairing(ctx: Ctx, id: string, action: 'read' | 'write') {
  const pairing = await findPairing(ctx.db, id);
  if (!pairing) throw new NotFoundError('Pairing');
  requireAccess(ctx.actor, 'setup', action, pairing.stateCode, 'Pairing');
  return pairing;
}

export const get = (ctx: Ctx, id: string) => loadPairing(ctx, id, 'read');

/** The coach named must be an active user with the coach role. */
async function requireCoach(tx: Tx, coachId: string) {
  const user = await findUserById(tx, coachId);
  if (!user) throw new ValidationError('coachId: no such user');
  if (user.role !== 'coach') throw new ValidationError(`coachId: ${user.name} is a ${user.role}, not a coach`);
  if (!user.active) throw new ValidationError(`coachId: ${user.name}'s account is deactivated`);
}

/**
 * A state has one coach at a time in a year: the pairing's days (an open end runs to the year's end) may
 * not overlap another pairing of the same state and year. Runs under the participation's lock.
 */
async function requireOneCoachAtATime(tx: Tx, year: YearRow, stateCode: string, days: PairingDays, exceptId?: string) {
  await lockParticipation(tx, year.id, stateCode);
  const span = (p: PairingDays) => ({ startsOn: p.startsOn, endsOn: p.endsOn ?? year.endsOn });
  const clash = (await otherPairings(tx, year.id, stateCode, exceptId)).find((other) => spansOverlap(span(days), span(other)));
  if (clash) {
    const until = clash.endsOn ? `to ${clash.endsOn}` : `to the end of the year (${year.endsOn})`;
    throw new ConflictError(
      `${stateCode} is already paired with ${clash.coachName} from ${clash.startsOn} ${until}; a state has one coach at a time, so end that pairing first`,
    );
  }
}

function requireDaysInYear(year: YearRow, days: PairingDays) {
  requireWithinYear(year, days.startsOn, 'startsOn');
  requireWithinYear(year, days.endsOn, 'endsOn');
  requireOrdered(days.startsOn, days.endsOn, 'endsOn');
}

export async function create(ctx: Ctx, input: Static<typeof PairingCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'setup', 'write', stateCode, 'State');
  const days = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    requireDaysInYear(year, days);
    await requireCoach(tx, input.coachId);
    await requireOneCoachAtATime(tx, year, stateCode, days);
    const [row] = await tx.insert(pairings).values({ programYearId: year.id, stateCode, coachId: input.coachId, ...days }).returning();
    await audit(tx, ctx.actor, 'create', 'pairing', row.id, null, row, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

/** Setting endsOn hands a state over mid-year; the next coach's pairing starts after it. */
export async function update(ctx: Ctx, id: string, input: Static<typeof PairingUpdate>) {
  const before = await loadPairing(ctx, id, 'write');
  const { version, ...patch } = input;
  const days = { startsOn: patch.startsOn ?? before.startsOn, endsOn: patch.endsOn === undefined ? before.endsOn : patch.endsOn };
  await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, before.programYearId);
    requireDaysInYear(year, days);
    // A coach who has since left can still have their pairing ended: only a new coach is checked.
    if (patch.coachId !== undefined && patch.coachId !== before.coachId) await requireCoach(tx, patch.coachId);
    await requireOneCoachAtATime(tx, year, before.stateCode, days, id);
    const [after] = await tx
      .update(pairings)
      .set({ ...definedOnly(patch), version: sql`${pairings.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(pairings.id, id), eq(pairings.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Pairing');
    await audit(tx, ctx.actor, 'update', 'pairing', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadPairing(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(pairings).where(eq(pairings.id, id));
    await audit(tx, ctx.actor, 'delete', 'pairing', id, before, null, before.stateCode);
  });
}
