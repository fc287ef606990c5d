import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdNow } from './columns.ts';
import { users } from './people.ts';

/**
 * A create sent with an Idempotency-Key: the first answer is kept for 24 hours so that a retry of the same
 * request replays it instead of writing twice. Kept in the database, not in memory, so that every app process
 * behind a load balancer sees the same keys. A row without a status is a request still in flight.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    bodyHash: text('body_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: createdNow('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    check('idempotency_keys_key_length', sql`length(${t.key}) between 1 and 200`),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);
