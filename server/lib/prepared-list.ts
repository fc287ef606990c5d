import { type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { type Actor, visibleStates } from '../domain/access.ts';
import { type Bind, asPlaceholder, asValue, preparedOnce, shapeOf } from './prepared.ts';
import { allOf, countRows, pageCounted } from './records.ts';
import { inStates } from './scope-sql.ts';

/** One filter of a list: its query key, the column it limits, and how (`eq`, `gte`, `lte`). */
export type ListFilter<K extends string> = readonly [key: K, column: AnyPgColumn, compare: (column: AnyPgColumn, value: SQLWrapper) => SQL];

/** A list's select, ordered, with `windowTotal()` among its columns: the page adds its bounds and prepares it. */
interface Pageable<R> {
  limit(limit: Placeholder): { offset(offset: Placeholder): { prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R[]> } } };
}

type ListQuery<K extends string> = { [key in K]?: unknown } & { state?: string; limit?: number; offset?: number };

/**
 * A list endpoint's query: its filters in a fixed order, kept inside the actor's states by `stateColumn`. Each
 * page runs one statement prepared per shape (the visible states as one array, and which filters are present:
 * see `preparedOnce` and `shapeOf`) that counts its rows as it reads them; only a page past the end counts on
 * its own. `select` builds the statement's select for a WHERE; `present` turns its rows into the list's items.
 */
export function preparedList<K extends string>(name: string, table: PgTable, stateColumn: AnyPgColumn, filters: readonly ListFilter<K>[]) {
  const keys = filters.map(([key]) => key);
  const where = (visible: 'all' | readonly string[], f: ListQuery<K>, bind: Bind) =>
    allOf(
      inStates(stateColumn, visible, bind('states', visible)),
      ...filters.map(([key, column, compare]) => (f[key] ? compare(column, bind(key, f[key])) : undefined)),
    );
  return function page<R, T>(
    db: Db,
    actor: Actor,
    query: ListQuery<K>,
    select: (where: SQL | undefined) => Pageable<R>,
    present: (rows: R[]) => T[],
  ) {
    const visible = visibleStates(actor);
    // State codes are case-insensitive in every query.
    const f = { ...query, state: query.state?.toUpperCase() };
    const statement = preparedOnce(db, `${name}_${shapeOf(visible, f, keys)}`, (statementName) =>
      select(where(visible, f, asPlaceholder)).limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare(statementName),
    );
    const values = {
      ...f,
      states: visible === 'all' ? undefined : visible,
      // The defaults the schemas declare.
      limit: f.limit ?? 50,
      offset: f.offset ?? 0,
    };
    // `select` counts the rows as `total` (its contract above).
    const rows = statement.execute(values) as Promise<(R & { total: number })[]>;
    return pageCounted(rows, present, f.offset, () => countRows(db, table, where(visible, f, asValue)));
  };
}
