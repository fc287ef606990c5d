import { sql } from 'drizzle-orm';
import { customType, integer, uuid } from 'drizzle-orm/pg-core';

/** Columns every editable record carries: a surrogate id, timestamps and an optimistic-lock version. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/**
 * A `timestamptz` read as an ISO 8601 string in UTC (2026-10-15T14:30:00.000Z): PostgreSQL's own text form
 * ("2026-10-15 14:30:00+00") is not what the API promises, and PGlite and pg would otherwise differ.
 */
export const instant = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  fromDriver: (value) => (value instanceof Date ? value : new Date(value)).toISOString(),
  toDriver: (value) => value,
});

/** An instant column that defaults to the moment of the insert. */
export const createdNow = (name: string) => instant(name).notNull().default(sql`now()`);

export const timestamps = () => ({
  createdAt: createdNow('created_at'),
  updatedAt: createdNow('updated_at'),
  version: integer('version').notNull().default(1),
});
