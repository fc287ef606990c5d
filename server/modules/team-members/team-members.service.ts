import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { teamMembers } from '../../../db/schema/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { requireParticipation, requireYear } from '../program-years/year-rules.ts';
import { findUserById } from '../users/users.queries.ts';
import type { TeamMemberCreate, TeamMemberUpdate } from './team-members.schemas.ts';
import { type TeamMemberFilter, findTeamMember, listTeamMembers } from './team-members.queries.ts';

export const list = (ctx: Ctx, filter: TeamMemberFilter) => listTeamMembers(ctx.db, ctx.actor, filter);

async function loadTeamMember(ctx: Ctx, id: string, action: 'read' | 'write') {
  const member = await findTeamMember(ctx.db, id);
  if (!member) throw new NotFoundError('Team member');
  requireAccess(ctx.actor, 'setup', action, member.stateCode, 'Team member');
  return member;
}

export const get = (ctx: Ctx, id: string) => loadTeamMember(ctx, id, 'read');

/** A member's account, when linked, is a user of the same state (a state lead or member). */
async function requireStateUser(tx: Tx, userId: string | null | undefined, stateCode: string) {
  if (!userId) return;
  const user = await findUserById(tx, userId);
  if (!user) throw new ValidationError('userId: no such user');
  if (user.stateCode !== stateCode) throw new ValidationError(`userId: ${user.name} is not a user of ${stateCode}`);
}

export async function create(ctx: Ctx, input: Static<typeof TeamMemberCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'setup', 'write', stateCode, 'State');
  return ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    await requireStateUser(tx, input.userId, stateCode);
    const [row] = await tx.insert(teamMembers).values({ ...input, programYearId: year.id, stateCode }).returning();
    await audit(tx, ctx.actor, 'create', 'team_member', row.id, null, row, stateCode);
    return row;
  });
}

export async function update(ctx: Ctx, id: string, input: Static<typeof TeamMemberUpdate>) {
  const before = await loadTeamMember(ctx, id, 'write');
  const { version, ...patch } = input;
  return ctx.db.transaction(async (tx) => {
    if (patch.userId !== before.userId) await requireStateUser(tx, patch.userId, before.stateCode);
    const [after] = await tx
      .update(teamMembers)
      .set({ ...definedOnly(patch), version: sql`${teamMembers.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(teamMembers.id, id), eq(teamMembers.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Team member');
    await audit(tx, ctx.actor, 'update', 'team_member', id, before, after, before.stateCode);
    return after;
  });
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadTeamMember(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(teamMembers).where(eq(teamMembers.id, id));
    await audit(tx, ctx.actor, 'delete', 'team_member', id, before, null, before.stateCode);
  });
}
