import { and, asc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { pairings, sessions, teamMembers, users } from '../../../db/schema/index.ts';
import type { Actor, Role } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';
import { containing } from '../states/states.queries.ts';

export type UserRow = typeof users.$inferSelect;

export interface UserFilter {
  role?: Role;
  state?: string;
  active?: boolean;
  q?: string;
  limit?: number;
  offset?: number;
}

/**
 * Whose accounts an actor can see. Staff: everyone. A coach: the TA side (staff and coaches) and the users
 * of their states. A state user: the users of their state and the coaches paired with it.
 */
function visibleUsers(actor: Actor) {
  switch (actor.role) {
    case 'staff':
      return undefined;
    case 'coach':
      return or(inArray(users.role, ['staff', 'coach']), inScope(users.stateCode, actor));
    default:
      return or(
        inScope(users.stateCode, actor),
        and(eq(users.role, 'coach'), sql`exists (select 1 from ${pairings} where ${pairings.coachId} = ${users.id} and ${inScope(pairings.stateCode, actor) ?? sql`true`})`),
      );
  }
}

export async function listUsers(db: Db, actor: Actor, f: UserFilter) {
  const where = allOf(
    visibleUsers(actor),
    f.role ? eq(users.role, f.role) : undefined,
    f.state ? eq(users.stateCode, f.state.toUpperCase()) : undefined,
    f.active === undefined ? undefined : eq(users.active, f.active),
    f.q ? or(ilike(users.name, containing(f.q)), ilike(users.email, containing(f.q))) : undefined,
  );
  const rows = paginate(db.select().from(users).where(where).orderBy(asc(users.name), asc(users.id)).$dynamic(), f);
  return page(rows, countRows(db, users, where));
}

/** The user if the actor can see them. */
export async function findVisibleUser(db: Db | Tx, actor: Actor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(allOf(eq(users.id, id), visibleUsers(actor))).limit(1);
  return row;
}

export async function findUserById(db: Db | Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByEmail(db: Db | Tx, email: string, exceptId?: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(allOf(sql`lower(${users.email}) = lower(${email})`, exceptId ? ne(users.id, exceptId) : undefined))
    .limit(1);
  return row;
}

/** Ends a user's sessions (all of them, or all but the one that asks). */
export async function revokeSessions(tx: Tx, userId: string, keepSessionId?: string) {
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(allOf(eq(sessions.userId, userId), sql`${sessions.revokedAt} is null`, keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
}

/** Records that tie a user to their role and state: pairings as a coach, and the states of their team seats. */
export async function tiesOf(tx: Tx, userId: string) {
  const [row] = await tx
    .select({
      pairings: sql<number>`(select count(*)::int from ${pairings} where ${pairings.coachId} = ${userId})`,
      teamStates: sql<string[]>`coalesce((select array_agg(distinct ${teamMembers.stateCode}) from ${teamMembers} where ${teamMembers.userId} = ${userId}), '{}')`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return { pairings: Number(row?.pairings ?? 0), teamStates: (row?.teamStates ?? []).map((code) => code.trim()) };
}
