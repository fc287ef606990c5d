import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { siteVisits } from '../../../db/schema/index.ts';
import { type Actor, seesCoachNotes } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { isFuture } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { type ActionItemRow, actionItemsOf, insertActionItems } from '../action-items/action-items.queries.ts';
import { coachOnDay } from '../pairings/pairing-rules.ts';
import { type YearRow, requireOrdered, requireParticipation, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { SiteVisitCreate, SiteVisitUpdate } from './site-visits.schemas.ts';
import { type VisitFilter, type VisitRow, findVisit, listVisits, liveVisitWithNumber } from './site-visits.queries.ts';

type VisitShape = Pick<VisitRow, 'programYearId' | 'stateCode' | 'number' | 'status' | 'startsOn' | 'endsOn'>;

/** What leaves the server: coach-only notes are removed for state users here, in one place. */
export function presentVisit(row: VisitRow, followUps: ActionItemRow[], actor: Actor) {
  const { coachNotes, ...shared } = row;
  return { ...shared, followUps, ...(seesCoachNotes(actor) ? { coachNotes } : {}) };
}

/** Dates inside the year and in order; a scheduled or completed visit is dated; a completed one has begun. */
function requireVisitDates(year: YearRow, visit: VisitShape, todayIso: IsoDate) {
  requireWithinYear(year, visit.startsOn, 'startsOn');
  requireWithinYear(year, visit.endsOn, 'endsOn');
  if (visit.endsOn && !visit.startsOn) throw new ValidationError('startsOn: a visit with an end date needs a start date');
  requireOrdered(visit.startsOn, visit.endsOn, 'endsOn');
  if ((visit.status === 'scheduled' || visit.status === 'completed') && !visit.startsOn) {
    throw new ValidationError(`startsOn: a ${visit.status} visit needs a start date`);
  }
  if (visit.status === 'completed' && visit.startsOn && isFuture(visit.startsOn, todayIso)) {
    throw new ValidationError(`startsOn: a completed visit cannot start in the future (${visit.startsOn})`);
  }
}

/** Two visits a year, numbered 1 and 2: only a cancelled visit frees its number (the database agrees). */
async function requireNumberFree(tx: Tx, visit: VisitShape, exceptId?: string) {
  if (visit.status === 'cancelled') return;
  if (await liveVisitWithNumber(tx, visit, exceptId)) {
    throw new ConflictError(`number: ${visit.stateCode} already has site visit ${visit.number} this program year; cancel or renumber it first`);
  }
}

export async function list(ctx: Ctx, filter: VisitFilter) {
  const result = await listVisits(ctx.db, ctx.actor, filter);
  const followUps = await actionItemsOf(ctx.db, 'siteVisitId', result.items.map((v) => v.id));
  return { total: result.total, items: result.items.map((v) => presentVisit(v, followUps.get(v.id) ?? [], ctx.actor)) };
}

/** The visit, if the actor can see it and may do `action` to it (404 when not visible, 403 when not allowed). */
async function loadVisit(ctx: Ctx, id: string, action: 'read' | 'write') {
  const visit = await findVisit(ctx.db, id);
  if (!visit) throw new NotFoundError('Site visit');
  requireAccess(ctx.actor, 'engagement', action, visit.stateCode, 'Site visit');
  return visit;
}

export async function get(ctx: Ctx, id: string) {
  const visit = await loadVisit(ctx, id, 'read');
  const followUps = await actionItemsOf(ctx.db, 'siteVisitId', [id]);
  return presentVisit(visit, followUps.get(id) ?? [], ctx.actor);
}

export async function create(ctx: Ctx, input: Static<typeof SiteVisitCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'engagement', 'write', stateCode, 'State');
  const { followUps = [], ...fields } = input;
  const visit = { ...fields, stateCode, startsOn: fields.startsOn ?? null, endsOn: fields.endsOn ?? null };
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    requireVisitDates(year, visit, ctx.today);
    followUps.forEach((item, i) => requireWithinYear(year, item.dueOn, `followUps.${i}.dueOn`));
    await requireNumberFree(tx, visit);
    // The coach of record: the one logging it, or for staff the coach paired on its first day (or today).
    const coachId = ctx.actor.role === 'coach' ? ctx.actor.id : await coachOnDay(tx, year.id, stateCode, visit.startsOn ?? ctx.today);
    const [row] = await tx.insert(siteVisits).values({ ...visit, coachId }).returning();
    const items = await insertActionItems(tx, { siteVisitId: row.id }, stateCode, followUps);
    await audit(tx, ctx.actor, 'create', 'site_visit', row.id, null, { ...row, followUps: items }, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof SiteVisitUpdate>) {
  const before = await loadVisit(ctx, id, 'write');
  const { version, ...patch } = input;
  const changes = definedOnly(patch);
  await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, before.programYearId);
    const merged = { ...before, ...changes };
    requireVisitDates(year, merged, ctx.today);
    if (changes.number !== undefined || changes.status !== undefined) await requireNumberFree(tx, merged, id);
    const [after] = await tx
      .update(siteVisits)
      .set({ ...changes, version: sql`${siteVisits.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(siteVisits.id, id), eq(siteVisits.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Site visit');
    await audit(tx, ctx.actor, 'update', 'site_visit', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadVisit(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    const followUps = await actionItemsOf(tx, 'siteVisitId', [id]);
    // Its follow-ups go with it (ON DELETE CASCADE); the audit row keeps them.
    await tx.delete(siteVisits).where(eq(siteVisits.id, id));
    await audit(tx, ctx.actor, 'delete', 'site_visit', id, { ...before, followUps: followUps.get(id) ?? [] }, null, before.stateCode);
  });
}
