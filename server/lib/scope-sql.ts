import { type SQL, type SQLWrapper, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Actor, visibleStates } from '../domain/access.ts';

/** The WHERE condition that keeps a list query inside the actor's states (undefined: no limit). */
export function inScope(column: AnyPgColumn | SQL, actor: Actor): SQL | undefined {
  const visible = visibleStates(actor);
  if (visible === 'all') return undefined;
  if (visible.length === 0) return sql`false`;
  return inArray(column as AnyPgColumn, visible);
}

/**
 * The same limit for a statement prepared once for any number of states: the visible states go in as one array
 * value (`value`: a placeholder, or the list bound as one parameter), so the text does not vary with their count.
 */
export function inStates(column: AnyPgColumn | SQL, visible: 'all' | readonly string[], value: SQLWrapper): SQL | undefined {
  return visible === 'all' ? undefined : sql`${column} = any(${value})`;
}
