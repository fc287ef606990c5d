import { and, asc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../db/client.ts';
import { mentoringExchanges, mentoringPairs, states } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type PairRow = typeof mentoringPairs.$inferSelect;
export type ExchangeRow = typeof mentoringExchanges.$inferSelect;

export interface PairFilter {
  programYear?: string;
  state?: string;
  limit?: number;
  offset?: number;
}

const stateA = alias(states, 'state_a');
const stateB = alias(states, 'state_b');

const pairColumns = {
  id: mentoringPairs.id,
  programYearId: mentoringPairs.programYearId,
  stateA: mentoringPairs.stateA,
  stateAName: stateA.name,
  stateB: mentoringPairs.stateB,
  stateBName: stateB.name,
  focus: mentoringPairs.focus,
  exchangeCount: sql<number>`(select count(*)::int from ${mentoringExchanges} where ${mentoringExchanges.pairId} = ${mentoringPairs.id})`,
  lastExchangeOn: sql<string | null>`(select max(${mentoringExchanges.date}) from ${mentoringExchanges} where ${mentoringExchanges.pairId} = ${mentoringPairs.id})`,
  createdAt: mentoringPairs.createdAt,
  updatedAt: mentoringPairs.updatedAt,
  version: mentoringPairs.version,
};

const selectPairs = (db: Db | Tx) =>
  db
    .select(pairColumns)
    .from(mentoringPairs)
    .innerJoin(stateA, eq(stateA.code, mentoringPairs.stateA))
    .innerJoin(stateB, eq(stateB.code, mentoringPairs.stateB))
    .$dynamic();

export type PairView = Awaited<ReturnType<ReturnType<typeof selectPairs>['execute']>>[number];

/** A pair is visible when either of its states is. */
function pairInScope(actor: Actor) {
  const a = inScope(mentoringPairs.stateA, actor);
  const b = inScope(mentoringPairs.stateB, actor);
  return a && b ? or(a, b) : undefined;
}

export async function listPairs(db: Db, actor: Actor, f: PairFilter) {
  const state = f.state?.toUpperCase();
  const where = allOf(
    pairInScope(actor),
    f.programYear ? eq(mentoringPairs.programYearId, f.programYear) : undefined,
    state ? or(eq(mentoringPairs.stateA, state), eq(mentoringPairs.stateB, state)) : undefined,
  );
  const rows = paginate(selectPairs(db).where(where).orderBy(asc(mentoringPairs.stateA), asc(mentoringPairs.stateB), asc(mentoringPairs.id)), f);
  return page(rows, countRows(db, mentoringPairs, where));
}

export async function findPair(db: Db | Tx, id: string): Promise<PairView | undefined> {
  const [row] = await selectPairs(db).where(eq(mentoringPairs.id, id)).limit(1);
  return row;
}

export async function findPairOf(tx: Tx, programYearId: string, a: string, b: string) {
  const [row] = await tx
    .select({ id: mentoringPairs.id })
    .from(mentoringPairs)
    .where(and(eq(mentoringPairs.programYearId, programYearId), eq(mentoringPairs.stateA, a), eq(mentoringPairs.stateB, b)))
    .limit(1);
  return row;
}

export function exchangesOf(db: Db | Tx, pairId: string): Promise<ExchangeRow[]> {
  return db.select().from(mentoringExchanges).where(eq(mentoringExchanges.pairId, pairId)).orderBy(asc(mentoringExchanges.date), asc(mentoringExchanges.createdAt));
}

export async function findExchange(db: Db | Tx, id: string): Promise<ExchangeRow | undefined> {
  const [row] = await db.select().from(mentoringExchanges).where(eq(mentoringExchanges.id, id)).limit(1);
  return row;
}
