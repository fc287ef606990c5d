import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per derived view that app processes cache ('progress', 'plans'). Triggers on the tables a view reads
 * give its row a new random version in every transaction that changes them (migrations 0004 and 0005), at commit, so a
 * process that reads the version in a request knows whether what it computed earlier still holds. A random
 * value rather than a counter: a restored backup can only bring back a version whose data it also brings back.
 */
export const dataVersions = pgTable('data_versions', {
  topic: text('topic').primaryKey(),
  version: uuid('version').notNull().defaultRandom(),
});

/** The views kept under a data version: the cross-state progress view, and each whole plan. */
export type DataTopic = 'progress' | 'plans';
