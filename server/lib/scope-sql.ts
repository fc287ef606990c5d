import { type SQL, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Actor, visibleStates } from '../domain/access.ts';

/** The WHERE condition that keeps a list query inside the actor's states (undefined: no limit). */
export function inScope(column: AnyPgColumn | SQL, actor: Actor): SQL | undefined {
  const visible = visibleStates(actor);
  if (visible === 'all') return undefined;
  if (visible.length === 0) return sql`false`;
  return inArray(column as AnyPgColumn, visible);
}
