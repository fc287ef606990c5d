import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { mentoringExchanges, mentoringPairs } from '../../../db/schema/index.ts';
import { type Action, type Area, canSeeState } from '../../domain/access.ts';
import { isFuture } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { staleOrMissing } from '../../lib/records.ts';
import { requireParticipation, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { ExchangeCreate, MentoringPairCreate, MentoringPairUpdate } from './mentoring.schemas.ts';
import { type PairFilter, exchangesOf, findExchange, findPair, findPairOf, listPairs } from './mentoring.queries.ts';

/*
 * A pair joins two states, so it is visible when either state is (404 otherwise). Setting pairs up is
 * staff's ('setup' write); logging exchanges is engagement work: staff, or a coach of either state.
 */

export const list = (ctx: Ctx, filter: PairFilter) => listPairs(ctx.db, ctx.actor, filter);

function requirePairAccess(ctx: Ctx, pair: { stateA: string; stateB: string }, area: Area, action: Action) {
  const seen = [pair.stateA, pair.stateB].find((code) => canSeeState(ctx.actor, code));
  if (!seen) throw new NotFoundError('Mentoring pair');
  requireAccess(ctx.actor, area, action, seen, 'Mentoring pair');
}

async function loadPair(ctx: Ctx, id: string, area: Area, action: Action) {
  const pair = await findPair(ctx.db, id);
  if (!pair) throw new NotFoundError('Mentoring pair');
  requirePairAccess(ctx, pair, area, action);
  return pair;
}

export async function get(ctx: Ctx, id: string) {
  const pair = await loadPair(ctx, id, 'engagement', 'read');
  return { ...pair, exchanges: await exchangesOf(ctx.db, id) };
}

/** requireParticipation names `stateCode`; here the fields are stateA and stateB. */
async function requireTakesPart(tx: Tx, programYearId: string, stateCode: string, field: 'stateA' | 'stateB') {
  try {
    await requireParticipation(tx, programYearId, stateCode);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`${field}: ${stateCode} does not take part in this program year`);
    throw error;
  }
}

export async function create(ctx: Ctx, input: Static<typeof MentoringPairCreate>) {
  const given = { stateA: input.stateA.toUpperCase(), stateB: input.stateB.toUpperCase() };
  // As for reading, the pair is within reach when either state is (404 otherwise; then 403 unless staff).
  requirePairAccess(ctx, given, 'setup', 'write');
  if (given.stateA === given.stateB) throw new ValidationError(`stateB: a state cannot mentor itself (${given.stateA})`);
  // The table keeps each pair once, its codes in alphabetical order.
  const [stateA, stateB] = [given.stateA, given.stateB].sort();
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireTakesPart(tx, year.id, given.stateA, 'stateA');
    await requireTakesPart(tx, year.id, given.stateB, 'stateB');
    if (await findPairOf(tx, year.id, stateA, stateB)) throw new ConflictError(`stateB: ${stateA} and ${stateB} are already paired this program year`);
    const [row] = await tx.insert(mentoringPairs).values({ programYearId: year.id, stateA, stateB, focus: input.focus }).returning();
    await audit(tx, ctx.actor, 'create', 'mentoring_pair', row.id, null, row, stateA);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof MentoringPairUpdate>) {
  const before = await loadPair(ctx, id, 'setup', 'write');
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(mentoringPairs)
      .set({ focus: input.focus, version: sql`${mentoringPairs.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(mentoringPairs.id, id), eq(mentoringPairs.version, input.version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Mentoring pair');
    await audit(tx, ctx.actor, 'update', 'mentoring_pair', id, before, after, before.stateA);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadPair(ctx, id, 'setup', 'write');
  await ctx.db.transaction(async (tx) => {
    const exchanges = await exchangesOf(tx, id);
    await tx.delete(mentoringPairs).where(eq(mentoringPairs.id, id));
    await audit(tx, ctx.actor, 'delete', 'mentoring_pair', id, { ...before, exchanges }, null, before.stateA);
  });
}

export async function addExchange(ctx: Ctx, pairId: string, input: Static<typeof ExchangeCreate>) {
  const pair = await loadPair(ctx, pairId, 'engagement', 'write');
  if (isFuture(input.date, ctx.today)) throw new ValidationError(`date: an exchange is logged once it has happened (${input.date} is after today)`);
  return ctx.db.transaction(async (tx) => {
    requireWithinYear(await requireYear(tx, pair.programYearId), input.date, 'date');
    const [row] = await tx.insert(mentoringExchanges).values({ pairId, date: input.date, summary: input.summary }).returning();
    await audit(tx, ctx.actor, 'create', 'mentoring_exchange', row.id, null, row, pair.stateA);
    return row;
  });
}

export async function removeExchange(ctx: Ctx, id: string) {
  const exchange = await findExchange(ctx.db, id);
  if (!exchange) throw new NotFoundError('Mentoring exchange');
  const pair = await loadPair(ctx, exchange.pairId, 'engagement', 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(mentoringExchanges).where(eq(mentoringExchanges.id, id));
    await audit(tx, ctx.actor, 'delete', 'mentoring_exchange', id, exchange, null, pair.stateA);
  });
}
