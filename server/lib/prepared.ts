import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';

// Per database handle (tests open many) or transaction, then per statement name.
const byHandle = new WeakMap<Db | Tx, Map<string, unknown>>();

/**
 * A statement built by drizzle once and prepared under a name, for the requests that run most often. Building a
 * select (drizzle walks every column and condition) cost more of a call-list request's CPU than PostgreSQL took
 * to run it, and a named statement also keeps its plan on each connection. Values go in as placeholders, so a
 * name must stand for one shape of the statement: callers put in the name whatever changes the SQL text.
 * Given a transaction, the statement is prepared on the transaction's connection, so that it sees what the
 * transaction wrote; it is kept for that transaction only.
 */
export function preparedOnce<T>(db: Db | Tx, name: string, prepare: (name: string) => T): T {
  let statements = byHandle.get(db);
  if (!statements) {
    statements = new Map();
    byHandle.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = prepare(name);
    statements.set(name, statement);
  }
  return statement;
}

/**
 * What a list statement's name must hold besides its own: whether it is limited to a list of states ('a' for
 * all, 's' for some: the list itself is one array value) and, for each filter in a fixed order, whether it is
 * present. Filters change the SQL text; their values do not.
 */
export function shapeOf<K extends string>(visible: 'all' | readonly string[], filter: { [key in K]?: unknown }, keys: readonly K[]): string {
  return `${visible === 'all' ? 'a' : 's'}${keys.map((k) => (filter[k] ? '1' : '0')).join('')}`;
}

/**
 * How a value goes into a list's WHERE: as a placeholder filled at execution (the prepared page) or as the value
 * itself (the count of a page past the end, built on demand). Either way it is one parameter, an array included.
 */
export type Bind = (name: string, value?: unknown) => SQLWrapper;
export const asPlaceholder: Bind = (name) => sql.placeholder(name);
// `sql.param`, not the bare value: inside `sql` a bare array would expand into a list of parameters.
export const asValue: Bind = (_name, value) => sql.param(value);

/** A drizzle statement that can be prepared under a name and executed with values. */
interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

/**
 * One statement, written once with placeholders (`bind`) for its values, prepared once on `db` (`preparedOnce`:
 * on the pool, or on a transaction's connection) and executed with `values`. `build` must build it on that same
 * `db`.
 */
export function runPrepared<R>(db: Db | Tx, name: string, build: (bind: Bind) => Preparable<R>, values: Record<string, unknown>): Promise<R> {
  return preparedOnce(db, name, () => build(asPlaceholder).prepare(name)).execute(values);
}
