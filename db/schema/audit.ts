import { bigserial, index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './people.ts';
import { createdNow } from './columns.ts';

export const auditAction = pgEnum('audit_action', ['create', 'update', 'delete']);

/** Who changed what, when, with the record before and after; written in the same transaction as the change. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: createdNow('at'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: auditAction('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    stateCode: text('state_code'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);
