import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { programYears, timelineActivities } from '../../../db/schema/index.ts';
import { getYear } from 'date-fns';
import { toDate } from '../../domain/dates.ts';
import { defaultTimeline } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import type { ActivityCreate, ActivityUpdate, YearCreate, YearUpdate } from './program-years.schemas.ts';
import {
  type ActivityRow,
  type YearFilter,
  activitiesOfYear,
  countParticipations,
  findActivity,
  findYear,
  listYears,
  nextActivityPosition,
  recordsOutside,
} from './program-years.queries.ts';
import { describeCounts } from './record-counts.ts';
import { type YearRow, requireOrdered, requireWithinYear } from './year-rules.ts';

type ActivityFields = Pick<ActivityRow, 'startsOn' | 'endsOn'> & { dueOn?: string | null };

/** Years, their activities and the timeline belong to no state: every role reads them, only staff write. */
const requireSetupWrite = (ctx: Ctx, what: string) => requireAccess(ctx.actor, 'setup', 'write', null, what);

/** A program year runs forward: its last day comes after its first. */
function requireYearOrder(startsOn: string, endsOn: string) {
  if (endsOn <= startsOn) throw new ValidationError(`endsOn: ${endsOn} must be after startsOn ${startsOn}`);
}

/** An activity's window is ordered and inside its year, and so is its due day. */
function requireActivityFits(year: YearRow, activity: ActivityFields, prefix = '') {
  requireOrdered(activity.startsOn, activity.endsOn, `${prefix}endsOn`);
  requireWithinYear(year, activity.startsOn, `${prefix}startsOn`);
  requireWithinYear(year, activity.endsOn, `${prefix}endsOn`);
  requireWithinYear(year, activity.dueOn, `${prefix}dueOn`);
}

/**
 * The activities a new year starts with: those sent, or for a year that starts on 1 August the kick-off
 * deck's timeline (which needs the year to run to the end of the next August).
 */
function initialActivities(input: Static<typeof YearCreate>): Static<typeof ActivityCreate>[] {
  if (input.activities) return input.activities;
  const deck = defaultTimeline(getYear(toDate(input.startsOn)));
  if (deck.span.startsOn !== input.startsOn) return [];
  if (input.endsOn < deck.span.endsOn) {
    throw new ValidationError(
      `activities: the kick-off deck's timeline runs to ${deck.span.endsOn}, after endsOn ${input.endsOn}; send the activities (or an empty list)`,
    );
  }
  return deck.activities;
}

export const list = (ctx: Ctx, filter: YearFilter) => listYears(ctx.db, filter);

async function loadYear(ctx: Ctx, id: string) {
  const year = await findYear(ctx.db, id);
  if (!year) throw new NotFoundError('Program year');
  return year;
}

export async function get(ctx: Ctx, id: string) {
  const year = await loadYear(ctx, id);
  return { ...year, activities: await activitiesOfYear(ctx.db, id) };
}

export async function create(ctx: Ctx, input: Static<typeof YearCreate>) {
  requireSetupWrite(ctx, 'Program year');
  requireYearOrder(input.startsOn, input.endsOn);
  const activities = initialActivities(input);
  const id = await ctx.db.transaction(async (tx) => {
    const [year] = await tx.insert(programYears).values({ name: input.name, startsOn: input.startsOn, endsOn: input.endsOn }).returning();
    activities.forEach((activity, i) => requireActivityFits(year, activity, `activities.${i}.`));
    const rows =
      activities.length === 0
        ? []
        : await tx
            .insert(timelineActivities)
            .values(activities.map((activity, i) => ({ position: i, ...activity, programYearId: year.id })))
            .returning();
    await audit(tx, ctx.actor, 'create', 'program_year', year.id, null, { ...year, activities: rows });
    return year.id;
  });
  return get(ctx, id);
}

/** Refuses a new span that would leave the year's dated records outside it. */
async function requireSpanHoldsRecords(tx: Tx, year: YearRow, span: { startsOn: string; endsOn: string }) {
  if (span.startsOn <= year.startsOn && span.endsOn >= year.endsOn) return;
  const outside = await recordsOutside(tx, year.id, span);
  if (outside.length === 0) return;
  const field = span.endsOn < year.endsOn ? 'endsOn' : 'startsOn';
  throw new ValidationError(
    `${field}: ${describeCounts(outside)} of this year would fall outside ${span.startsOn} to ${span.endsOn}; move or remove them first`,
  );
}

export async function update(ctx: Ctx, id: string, input: Static<typeof YearUpdate>) {
  const before = await loadYear(ctx, id);
  requireSetupWrite(ctx, 'Program year');
  const { version, ...patch } = input;
  const span = { startsOn: patch.startsOn ?? before.startsOn, endsOn: patch.endsOn ?? before.endsOn };
  requireYearOrder(span.startsOn, span.endsOn);
  await ctx.db.transaction(async (tx) => {
    await requireSpanHoldsRecords(tx, before, span);
    const [after] = await tx
      .update(programYears)
      .set({ ...definedOnly(patch), version: sql`${programYears.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(programYears.id, id), eq(programYears.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Program year');
    await audit(tx, ctx.actor, 'update', 'program_year', id, before, after);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadYear(ctx, id);
  requireSetupWrite(ctx, 'Program year');
  await ctx.db.transaction(async (tx) => {
    const taking = await countParticipations(tx, id);
    if (taking > 0) {
      throw new ConflictError(
        `Program year ${before.name} has ${taking} participating state${taking === 1 ? '' : 's'}; remove its participations before deleting it`,
      );
    }
    await tx.delete(programYears).where(eq(programYears.id, id));
    await audit(tx, ctx.actor, 'delete', 'program_year', id, before, null);
  });
}

// Timeline activities: rows of a year's timeline.

async function loadActivity(ctx: Ctx, id: string) {
  const activity = await findActivity(ctx.db, id);
  if (!activity) throw new NotFoundError('Timeline activity');
  return activity;
}

/** One activity of a year's timeline; every signed-in role reads the timeline. */
export const getActivity = (ctx: Ctx, id: string) => loadActivity(ctx, id);

export async function createActivity(ctx: Ctx, programYearId: string, input: Static<typeof ActivityCreate>) {
  const year = await loadYear(ctx, programYearId);
  requireSetupWrite(ctx, 'Timeline activity');
  requireActivityFits(year, input);
  return ctx.db.transaction(async (tx) => {
    const position = input.position ?? (await nextActivityPosition(tx, programYearId));
    const [row] = await tx
      .insert(timelineActivities)
      .values({ ...input, position, programYearId })
      .returning();
    await audit(tx, ctx.actor, 'create', 'timeline_activity', row.id, null, row);
    return row;
  });
}

export async function updateActivity(ctx: Ctx, id: string, input: Static<typeof ActivityUpdate>) {
  const before = await loadActivity(ctx, id);
  requireSetupWrite(ctx, 'Timeline activity');
  const { version, ...patch } = input;
  return ctx.db.transaction(async (tx) => {
    const year = await findYear(tx, before.programYearId);
    requireActivityFits(year, { ...before, ...definedOnly(patch) });
    const [after] = await tx
      .update(timelineActivities)
      .set({ ...definedOnly(patch), version: sql`${timelineActivities.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(timelineActivities.id, id), eq(timelineActivities.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Timeline activity');
    await audit(tx, ctx.actor, 'update', 'timeline_activity', id, before, after);
    return after;
  });
}

export async function removeActivity(ctx: Ctx, id: string) {
  const before = await loadActivity(ctx, id);
  requireSetupWrite(ctx, 'Timeline activity');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(timelineActivities).where(eq(timelineActivities.id, id));
    await audit(tx, ctx.actor, 'delete', 'timeline_activity', id, before, null);
  });
}
