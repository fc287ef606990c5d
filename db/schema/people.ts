import { sql } from 'drizzle-orm';
import { boolean, check, char, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdNow, id, instant, timestamps } from './columns.ts';

export const userRole = pgEnum('user_role', ['staff', 'coach', 'state_lead', 'state_member']);

/** A state or territory, addressed by its two-letter postal code. */
export const states = pgTable(
  'states',
  {
    code: char('code', { length: 2 }).primaryKey(),
    name: text('name').notNull(),
    /** IANA zone, so that call and visit times are shown and exported in the state's own clock. */
    timeZone: text('time_zone').notNull().default('America/Chicago'),
    ...timestamps(),
  },
  (t) => [check('states_code_upper', sql`${t.code} ~ '^[A-Z]{2}$'`), uniqueIndex('states_name_unique').on(t.name)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** Home state of a state lead or member; null for staff and coaches. */
    stateCode: char('state_code', { length: 2 }).references(() => states.code, { onDelete: 'restrict' }),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    check(
      'users_state_matches_role',
      sql`(${t.role} in ('state_lead', 'state_member')) = (${t.stateCode} is not null)`,
    ),
    index('users_state_idx').on(t.stateCode),
  ],
);

/** A signed-in session; the JWT carries its id so that signing out really ends it. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdNow('created_at'),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    /** sha256 of the current refresh token; rotated on every refresh, so an old one no longer works. */
    refreshHash: text('refresh_hash'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_refresh_hash_unique').on(t.refreshHash)],
);

/**
 * Refresh tokens a session has already traded (their sha256). One presented again means two parties hold the
 * session's tokens, so the whole session is revoked (RFC 9700 §4.14.2).
 */
export const sessionRefreshTokens = pgTable(
  'session_refresh_tokens',
  {
    hash: text('hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    rotatedAt: instant('rotated_at').notNull(),
  },
  (t) => [index('session_refresh_tokens_session_idx').on(t.sessionId)],
);
