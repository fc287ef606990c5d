import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { states } from '../../../db/schema/index.ts';
import { isFuture, isPast } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { describeCounts } from '../program-years/record-counts.ts';
import { type YearRow, requireYear } from '../program-years/year-rules.ts';
import type { StateCreate, StateUpdate } from './states.schemas.ts';
import {
  type StateFilter,
  findState,
  listStates,
  pairingsOfState,
  participationsOfState,
  recordsOfState,
  teamMembersOfState,
} from './states.queries.ts';

/** An IANA zone name, in its canonical spelling ("america/chicago" → "America/Chicago"), or a 400. */
export function canonicalTimeZone(zone: string, field = 'timeZone'): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new ValidationError(`${field}: ${zone} is not an IANA time zone (for example America/Chicago)`);
  }
}

/** The day whose pairings are "current" in a year: today, or the year's nearer end when today is outside it. */
function currentDayOf(year: YearRow, todayIso: string) {
  if (isFuture(year.startsOn, todayIso)) return year.startsOn;
  if (isPast(year.endsOn, todayIso)) return year.endsOn;
  return todayIso;
}

export async function list(ctx: Ctx, query: StateFilter & { programYear?: string }) {
  const { programYear, ...filter } = query;
  if (!programYear) return listStates(ctx.db, ctx.actor, filter);
  const year = await requireYear(ctx.db, programYear, 'programYear');
  return listStates(ctx.db, ctx.actor, filter, { programYearId: year.id, day: currentDayOf(year, ctx.today) });
}

/** The state, if the actor can see it and may do `action` to it; codes are case-insensitive. */
async function loadState(ctx: Ctx, rawCode: string, action: 'read' | 'write') {
  const code = rawCode.toUpperCase();
  requireAccess(ctx.actor, 'setup', 'read', code, 'State');
  const state = await findState(ctx.db, code);
  if (!state) throw new NotFoundError('State');
  requireAccess(ctx.actor, 'setup', action, code, 'State');
  return state;
}

export async function get(ctx: Ctx, code: string) {
  const state = await loadState(ctx, code, 'read');
  const [participations, pairings, teamMembers] = await Promise.all([
    participationsOfState(ctx.db, state.code),
    pairingsOfState(ctx.db, state.code),
    teamMembersOfState(ctx.db, state.code),
  ]);
  return { ...state, participations, pairings, teamMembers };
}

export async function create(ctx: Ctx, input: Static<typeof StateCreate>) {
  requireAccess(ctx.actor, 'setup', 'write', null, 'State');
  const code = input.code.toUpperCase();
  const timeZone = input.timeZone === undefined ? undefined : canonicalTimeZone(input.timeZone);
  const row = await ctx.db.transaction(async (tx) => {
    const existing = await findState(tx, code);
    if (existing) throw new ConflictError(`code: ${code} already exists (${existing.name})`);
    const [created] = await tx.insert(states).values({ code, name: input.name, timeZone }).returning();
    await audit(tx, ctx.actor, 'create', 'state', code, null, created, code);
    return created;
  });
  return row;
}

export async function update(ctx: Ctx, rawCode: string, input: Static<typeof StateUpdate>) {
  const before = await loadState(ctx, rawCode, 'write');
  const { version, ...patch } = input;
  const timeZone = patch.timeZone === undefined ? undefined : canonicalTimeZone(patch.timeZone);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(states)
      .set({ ...definedOnly({ ...patch, timeZone }), version: sql`${states.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(states.code, before.code), eq(states.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'State');
    await audit(tx, ctx.actor, 'update', 'state', before.code, before, after, before.code);
    return after;
  });
}

export async function remove(ctx: Ctx, rawCode: string) {
  const before = await loadState(ctx, rawCode, 'write');
  await ctx.db.transaction(async (tx) => {
    const records = await recordsOfState(tx, before.code);
    if (records.length > 0) {
      throw new ConflictError(`${before.name} has ${describeCounts(records)}; remove them before deleting the state`);
    }
    await tx.delete(states).where(eq(states.code, before.code));
    await audit(tx, ctx.actor, 'delete', 'state', before.code, before, null, before.code);
  });
}
