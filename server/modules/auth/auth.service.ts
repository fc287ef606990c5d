import { addHours } from 'date-fns';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessionRefreshTokens, sessions, users } from '../../../db/schema/index.ts';
import { dummyHashForUnknownEmail, hashPassword, needsRehash, verifyPassword } from '../../lib/passwords.ts';
import { UnauthorizedError } from '../../errors.ts';

export type UserRow = typeof users.$inferSelect;

export const presentUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  stateCode: u.stateCode,
  active: u.active,
});

/** A new refresh token and what the database keeps of it (only its hash: a leaked table opens nothing). */
function newRefreshToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}
const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Checks the password (spending the same time for an unknown email) and opens a session. A hash of an older
 * scheme or weaker parameters is replaced by today's while the password is at hand.
 */
export async function openSession(db: Db, email: string, password: string, now: Date, hours: number) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  const dummyHash = await dummyHashForUnknownEmail();
  const ok = await verifyPassword(password, user ? user.passwordHash : dummyHash);
  if (!user || !ok || !user.active) throw new UnauthorizedError('Email or password is not correct');
  if (needsRehash(user.passwordHash)) {
    // Not an edit of the account: version and updatedAt stay, and a concurrent password change wins.
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  const expiresAt = addHours(now, hours);
  const refresh = newRefreshToken();
  const [session] = await db
    .insert(sessions)
    .values({ userId: user.id, expiresAt: expiresAt.toISOString(), refreshHash: refresh.hash })
    .returning({ id: sessions.id });
  return { user, sessionId: session.id, expiresAt, refreshToken: refresh.token };
}

/** A refresh token was presented again after it had been traded: the session it belonged to is now revoked. */
export class RefreshTokenReusedError extends UnauthorizedError {
  constructor(readonly sessionId: string) {
    super('Your session has ended; sign in again');
  }
}

/**
 * Trades a refresh token for a new one on the same live session (rotation: the old token stops working at
 * once). Refused when the token is unknown, the session ended or was signed out, or the user was deactivated.
 * A token that was already traded revokes its session (RFC 9700 §4.14.2): a thief and the owner can no
 * longer both go on. Two tabs trading the same token at once are treated the same way: the user signs in
 * again, which is the safe side of a race the dashboard makes rare (one refresh at a time per tab).
 */
export async function refreshSession(db: Db, refreshToken: string, now: Date) {
  const presented = hashRefreshToken(refreshToken);
  const next = newRefreshToken();
  const outcome = await db.transaction(async (tx) => {
    // The update locks the session's row: a concurrent trade of the same token waits, then finds it rotated.
    const [session] = await tx
      .update(sessions)
      .set({ refreshHash: next.hash })
      .where(
        and(
          eq(sessions.refreshHash, presented),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now.toISOString()),
          sql`exists (select 1 from ${users} where ${users.id} = ${sessions.userId} and ${users.active})`,
        ),
      )
      .returning({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt });
    if (session) {
      await tx.insert(sessionRefreshTokens).values({ hash: presented, sessionId: session.id, rotatedAt: now.toISOString() });
      return { session };
    }
    const [traded] = await tx
      .select({ sessionId: sessionRefreshTokens.sessionId })
      .from(sessionRefreshTokens)
      .where(eq(sessionRefreshTokens.hash, presented))
      .limit(1);
    if (traded) {
      await tx
        .update(sessions)
        .set({ revokedAt: now.toISOString() })
        .where(and(eq(sessions.id, traded.sessionId), isNull(sessions.revokedAt)));
    }
    return { reusedBy: traded?.sessionId };
  });
  if (outcome.reusedBy) throw new RefreshTokenReusedError(outcome.reusedBy);
  if (!outcome.session) throw new UnauthorizedError('Your session has ended; sign in again');
  const user = await findUser(db, outcome.session.userId);
  return { user, sessionId: outcome.session.id, expiresAt: new Date(outcome.session.expiresAt), refreshToken: next.token };
}

export async function closeSession(db: Db, sessionId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

export async function findUser(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}
