import { addHours } from 'date-fns';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions, users } from '../../../db/schema/index.ts';
import { dummyHashPromise, verifyPassword } from '../../lib/passwords.ts';
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

/** Checks the password (spending the same time for an unknown email) and opens a session. */
export async function openSession(db: Db, email: string, password: string, now: Date, hours: number) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, await dummyHashPromise);
  if (!user || !ok || !user.active) throw new UnauthorizedError('Email or password is not correct');
  const expiresAt = addHours(now, hours);
  const [session] = await db
    .insert(sessions)
    .values({ userId: user.id, expiresAt: expiresAt.toISOString() })
    .returning({ id: sessions.id });
  return { user, sessionId: session.id, expiresAt };
}

export async function closeSession(db: Db, sessionId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

export async function findUser(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}
