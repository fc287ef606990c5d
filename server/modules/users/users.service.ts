import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { users } from '../../../db/schema/index.ts';
import type { Role } from '../../domain/access.ts';
import { type PasswordOwner, passwordProblem } from '../../domain/password-policy.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { presentUser as presentSignedInUser } from '../auth/auth.service.ts';
import { requireStateExists } from '../states/states.queries.ts';
import type { MyUpdate, UserCreate, UserUpdate } from './users.schemas.ts';
import { type UserFilter, type UserRow, findUserByEmail, findUserById, findVisibleUser, listUsers, revokeSessions, tiesOf } from './users.queries.ts';

/** What leaves the server (and what the audit trail keeps): never the password hash. */
export const presentUser = (u: UserRow) => ({ ...presentSignedInUser(u), createdAt: u.createdAt, updatedAt: u.updatedAt, version: u.version });

const belongsToState = (role: Role) => role === 'state_lead' || role === 'state_member';

/** State leads and members have a home state; staff and coaches have none. */
function requireRoleState(role: Role, stateCode: string | null) {
  if (belongsToState(role) && !stateCode) throw new ValidationError(`stateCode: a ${role} needs a state`);
  if (!belongsToState(role) && stateCode) {
    throw new ValidationError(`stateCode: must be empty for a ${role} (only state leads and members belong to a state)`);
  }
}

/** A new password passes the policy for the account it is for (as the account will be after the change). */
async function newPasswordHash(password: string, owner: PasswordOwner): Promise<string> {
  const problem = await passwordProblem(password, owner);
  if (problem) throw new ValidationError(problem);
  return hashPassword(password);
}

async function requireEmailFree(tx: Tx, email: string, exceptId?: string) {
  if (await findUserByEmail(tx, email, exceptId)) throw new ConflictError(`email: ${email} is already in use`);
}

export async function list(ctx: Ctx, filter: UserFilter) {
  const result = await listUsers(ctx.db, ctx.actor, filter);
  return { total: result.total, items: result.items.map(presentUser) };
}

/** The user, if the actor can see them (404 otherwise) and may do `action` (403 otherwise). */
async function loadUser(ctx: Ctx, id: string, action: 'read' | 'write') {
  const user = await findVisibleUser(ctx.db, ctx.actor, id);
  if (!user) throw new NotFoundError('User');
  requireAccess(ctx.actor, 'setup', action, null, 'User');
  return user;
}

export const get = async (ctx: Ctx, id: string) => presentUser(await loadUser(ctx, id, 'read'));

export async function create(ctx: Ctx, input: Static<typeof UserCreate>) {
  const stateCode = input.stateCode ? input.stateCode.toUpperCase() : null;
  // An account in a state the actor cannot see answers 404, like any other write to that state.
  requireAccess(ctx.actor, 'setup', 'write', stateCode, stateCode ? 'State' : 'User');
  requireRoleState(input.role, stateCode);
  const passwordHash = await newPasswordHash(input.password, input);
  return ctx.db.transaction(async (tx) => {
    await requireEmailFree(tx, input.email);
    if (stateCode) await requireStateExists(tx, stateCode);
    const [row] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role, stateCode, passwordHash }).returning();
    const shown = presentUser(row);
    await audit(tx, ctx.actor, 'create', 'user', row.id, null, shown, stateCode);
    return shown;
  });
}

/** The state a PATCH leaves the user in: named explicitly, or cleared when they move to staff or coach. */
function nextStateCode(before: UserRow, role: Role, stateCode: string | null | undefined) {
  if (stateCode !== undefined) return stateCode ? stateCode.toUpperCase() : null;
  return belongsToState(role) ? before.stateCode : null;
}

/** A coach with pairings stays a coach, and a team seat stays with a user of that state. */
async function requireTiesHold(tx: Tx, before: UserRow, role: Role, stateCode: string | null) {
  if (role === before.role && stateCode === before.stateCode) return;
  const ties = await tiesOf(tx, before.id);
  if (before.role === 'coach' && role !== 'coach' && ties.pairings > 0) {
    throw new ConflictError(`role: ${before.name} coaches ${ties.pairings} pairing(s); reassign or delete them before changing the role`);
  }
  const elsewhere = ties.teamStates.filter((code) => code !== stateCode);
  if (elsewhere.length > 0) {
    throw new ConflictError(`stateCode: ${before.name} sits on the team of ${elsewhere.join(', ')}; unlink those team members first`);
  }
}

export async function update(ctx: Ctx, id: string, input: Static<typeof UserUpdate>) {
  const before = await loadUser(ctx, id, 'write');
  const { version, password, stateCode: rawState, ...fields } = input;
  const role = fields.role ?? before.role;
  const stateCode = nextStateCode(before, role, rawState);
  requireRoleState(role, stateCode);
  if (id === ctx.actor.id && (fields.active === false || role !== 'staff')) {
    throw new ValidationError(`${fields.active === false ? 'active' : 'role'}: you may not lock yourself out of staff; ask another staff member`);
  }
  const owner = { email: fields.email ?? before.email, name: fields.name ?? before.name };
  const passwordHash = password === undefined ? undefined : await newPasswordHash(password, owner);
  return ctx.db.transaction(async (tx) => {
    if (fields.email !== undefined) await requireEmailFree(tx, fields.email, id);
    if (stateCode && stateCode !== before.stateCode) await requireStateExists(tx, stateCode);
    await requireTiesHold(tx, before, role, stateCode);
    const [after] = await tx
      .update(users)
      .set({ ...definedOnly({ ...fields, passwordHash }), stateCode, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, id), eq(users.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'User');
    // A new password or a deactivation ends the sessions opened with the old state of the account.
    if (passwordHash || !after.active) await revokeSessions(tx, id);
    const shown = presentUser(after);
    await audit(tx, ctx.actor, 'update', 'user', id, presentUser(before), shown, after.stateCode);
    return shown;
  });
}

/** Anyone may change their own name and, with their current password, their password. */
export async function getMe(ctx: Ctx) {
  const user = await findUserById(ctx.db, ctx.actor.id);
  if (!user) throw new NotFoundError('User');
  return presentUser(user);
}

export async function updateMe(ctx: Ctx, sessionId: string, input: Static<typeof MyUpdate>) {
  const before = await findUserById(ctx.db, ctx.actor.id);
  if (!before) throw new NotFoundError('User');
  if (input.password !== undefined) {
    if (!input.currentPassword) throw new ValidationError('currentPassword: required to change the password');
    if (!(await verifyPassword(input.currentPassword, before.passwordHash))) throw new ValidationError('currentPassword: is not correct');
  }
  const owner = { email: before.email, name: input.name ?? before.name };
  const passwordHash = input.password === undefined ? undefined : await newPasswordHash(input.password, owner);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ ...definedOnly({ name: input.name, passwordHash }), version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, before.id), eq(users.version, input.version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Your account');
    // Signing in elsewhere with the old password stops working; this session stays.
    if (passwordHash) await revokeSessions(tx, before.id, sessionId);
    const shown = presentUser(after);
    await audit(tx, ctx.actor, 'update', 'user', before.id, presentUser(before), shown, after.stateCode);
    return shown;
  });
}

/** Users are deactivated, never deleted: their calls, updates and audit rows keep pointing at them. */
export async function remove(ctx: Ctx, id: string) {
  const before = await loadUser(ctx, id, 'write');
  if (id === ctx.actor.id) throw new ValidationError('id: you may not deactivate your own account; ask another staff member');
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ active: false, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning();
    await revokeSessions(tx, id);
    await audit(tx, ctx.actor, 'update', 'user', id, presentUser(before), presentUser(after), before.stateCode);
  });
}
