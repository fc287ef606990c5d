import { type SQL, and, count, sql } from 'drizzle-orm';
import type { PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { PreconditionFailedError } from '../plugins/concurrency.ts';

/** Drops undefined entries so that a PATCH body sets only what it names. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** AND of the conditions that are present. */
export const allOf = (...conditions: (SQL | undefined)[]) => and(...conditions.filter((c): c is SQL => c !== undefined));

/** Runs a page query and its count; lists answer { items, total }. */
export async function page<T>(items: Promise<T[]>, total: Promise<{ value: number }[]>) {
  const [rows, [counted]] = await Promise.all([items, total]);
  return { items: rows, total: Number(counted?.value ?? 0) };
}

/** The total of a page's query, counted in the same statement (one round trip instead of two). */
export const windowTotal = () => sql<number>`count(*) over()`.mapWith(Number);

/**
 * A page whose rows carry `windowTotal()` as `total`: the count comes with the rows. Only a page past the
 * end (no rows, a non-zero offset) still asks for the count on its own.
 */
export async function pageCounted<R extends { total: number }, T>(
  rows: Promise<R[]>,
  present: (rows: R[]) => T[],
  offset: number | undefined,
  countAlone: () => Promise<{ value: number }[]>,
) {
  const found = await rows;
  if (found.length > 0) return { items: present(found), total: found[0].total };
  if (!offset) return { items: [], total: 0 };
  const [counted] = await countAlone();
  return { items: [], total: Number(counted?.value ?? 0) };
}

export function countRows(db: Db | Tx, table: PgTable, where: SQL | undefined) {
  return db.select({ value: count() }).from(table).where(where);
}

/** Applies limit and offset with the defaults the schemas declare. */
export function paginate<Q extends PgSelect>(query: Q, params: { limit?: number; offset?: number }) {
  return query.limit(params.limit ?? 50).offset(params.offset ?? 0);
}

/** After an update matched no row: the record is gone (404) or someone changed it first (412). */
export function staleOrMissing(found: boolean, what: string): never {
  if (!found) throw new NotFoundError(what);
  throw new PreconditionFailedError(`${what} was changed by someone else; reload it and apply your change again`);
}
