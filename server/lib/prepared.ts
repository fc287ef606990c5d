import type { Db } from '../../db/client.ts';

// Per database handle (tests open many), then per statement name.
const byHandle = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement built by drizzle once and prepared under a name, for the requests that run most often. Building a
 * select (drizzle walks every column and condition) cost more of a call-list request's CPU than PostgreSQL took
 * to run it, and a named statement also keeps its plan on each connection. Values go in as placeholders, so a
 * name must stand for one shape of the statement: callers put in the name whatever changes the SQL text.
 */
export function preparedOnce<T>(db: Db, name: string, prepare: (name: string) => T): T {
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
