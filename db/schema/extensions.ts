import { sql } from 'drizzle-orm';
import { check, char, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { domains } from './assessments.ts';
import { createdNow, id, instant, timestamps } from './columns.ts';
import { calls } from './engagement.ts';
import { states, users } from './people.ts';

/**
 * A private calendar subscription: the URL carries a random token, and only its sha256 is kept, so a
 * leaked database does not leak working feed URLs. Revoking sets revoked_at; a user has at most one live feed.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdNow('created_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_unique').on(t.tokenHash),
    uniqueIndex('calendar_feeds_live_unique').on(t.userId).where(sql`${t.revokedAt} is null`),
  ],
);

/** A promising practice or resource in the playbook; a state's own when stateCode is set. */
export const playbookEntries = pgTable(
  'playbook_entries',
  {
    id: id(),
    title: text('title').notNull(),
    stateCode: char('state_code', { length: 2 }).references(() => states.code, { onDelete: 'set null' }),
    summary: text('summary').notNull().default(''),
    url: text('url'),
    ...timestamps(),
  },
  (t) => [check('playbook_entries_title', sql`length(${t.title}) > 0`), index('playbook_entries_state_idx').on(t.stateCode)],
);

/** The assessment domains an entry serves. */
export const playbookEntryDomains = pgTable(
  'playbook_entry_domains',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => playbookEntries.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id')
      .notNull()
      .references(() => domains.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.domainId] }), index('playbook_entry_domains_domain_idx').on(t.domainId)],
);

/** A playbook entry a coach shared on a call ("resources shared"). */
export const callResources = pgTable(
  'call_resources',
  {
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => playbookEntries.id, { onDelete: 'cascade' }),
    createdAt: createdNow('created_at'),
  },
  (t) => [primaryKey({ columns: [t.callId, t.entryId] }), index('call_resources_entry_idx').on(t.entryId)],
);
