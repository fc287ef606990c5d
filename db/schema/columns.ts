import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every editable record carries: a surrogate id, timestamps and an optimistic-lock version. */
export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
