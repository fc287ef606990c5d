import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { eventAttendance, events } from '../../../db/schema/index.ts';
import { isFuture } from '../../domain/timeline.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import { type ExpectedVersion, PreconditionFailedError, PreconditionRequiredError } from '../../plugins/concurrency.ts';
import { requireParticipation, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { AttendanceInput, EventCreate, EventUpdate } from './events.schemas.ts';
import {
  type AttendanceRow,
  type EventFilter,
  type EventRow,
  attendanceOf,
  findAttendance,
  findEvent,
  insertAttendance,
  listEvents,
  updateAttendance,
} from './events.queries.ts';

/** Events belong to a program year, not a state: every signed-in role reads them, only staff write. */
const requireEventWrite = (ctx: Ctx) => requireAccess(ctx.actor, 'setup', 'write', null, 'Event');

/** What leaves the server: the event with the attendance of the states the actor can see. */
const presentEvent = (event: EventRow, attendance: AttendanceRow[]) => ({ ...event, attendance });

export async function list(ctx: Ctx, filter: EventFilter) {
  const result = await listEvents(ctx.db, filter);
  const attendance = await attendanceOf(ctx.db, ctx.actor, result.items.map((e) => e.id));
  return { total: result.total, items: result.items.map((e) => presentEvent(e, attendance.get(e.id) ?? [])) };
}

async function loadEvent(ctx: Ctx, id: string) {
  const event = await findEvent(ctx.db, id);
  if (!event) throw new NotFoundError('Event');
  return event;
}

export async function get(ctx: Ctx, id: string) {
  const event = await loadEvent(ctx, id);
  const attendance = await attendanceOf(ctx.db, ctx.actor, [id]);
  return presentEvent(event, attendance.get(id) ?? []);
}

export async function create(ctx: Ctx, input: Static<typeof EventCreate>) {
  requireEventWrite(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    requireWithinYear(await requireYear(tx, input.programYearId), input.date, 'date');
    const [row] = await tx.insert(events).values(input).returning();
    await audit(tx, ctx.actor, 'create', 'event', row.id, null, row);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof EventUpdate>) {
  const before = await loadEvent(ctx, id);
  requireEventWrite(ctx);
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    if (patch.date) requireWithinYear(await requireYear(tx, before.programYearId), patch.date, 'date');
    const [after] = await tx
      .update(events)
      .set({ ...definedOnly(patch), version: sql`${events.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(events.id, id), eq(events.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Event');
    await audit(tx, ctx.actor, 'update', 'event', id, before, after);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await loadEvent(ctx, id);
  requireEventWrite(ctx);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(events).where(eq(events.id, id));
    await audit(tx, ctx.actor, 'delete', 'event', id, before, null);
  });
}

/**
 * Attendance is a state's record: staff for any state, a coach for a paired state (as for calls); a state
 * user sees their own (403) and no other (404).
 */
async function loadForAttendance(ctx: Ctx, eventId: string, stateParam: string) {
  const event = await loadEvent(ctx, eventId);
  const stateCode = stateParam.toUpperCase();
  requireAccess(ctx.actor, 'engagement', 'write', stateCode, 'State');
  return { event, stateCode };
}

/** Whether a state came can only be said once the event has happened; an apology can come before. */
function requireAttendanceFits(event: EventRow, input: Static<typeof AttendanceInput>, todayIso: string) {
  if (input.status !== 'excused' && isFuture(event.date, todayIso)) {
    throw new ValidationError(`status: the event is on ${event.date}; before then a state can only be excused`);
  }
  if (input.status !== 'attended' && (input.attendees ?? 0) > 0) {
    throw new ValidationError(`attendees: a state that is ${input.status} has no attendees`);
  }
}

/** One state's attendance, for whoever may see the state's engagement (and for a stale answer's 412). */
export async function getAttendance(ctx: Ctx, eventId: string, stateParam: string) {
  await loadEvent(ctx, eventId);
  const stateCode = stateParam.toUpperCase();
  requireAccess(ctx.actor, 'engagement', 'read', stateCode, 'Attendance');
  const row = await findAttendance(ctx.db, eventId, stateCode);
  if (!row) throw new NotFoundError('Attendance');
  return row;
}

/**
 * An upsert under the concurrency contract: the first answer needs no version, since there is nothing to
 * overwrite; changing a recorded answer needs the version read, as every other update does.
 */
export async function recordAttendance(
  ctx: Ctx,
  eventId: string,
  stateParam: string,
  input: Static<typeof AttendanceInput>,
  expected: ExpectedVersion,
) {
  const { event, stateCode } = await loadForAttendance(ctx, eventId, stateParam);
  requireAttendanceFits(event, input, ctx.today);
  const values = { status: input.status, attendees: input.attendees ?? 0 };
  return ctx.db.transaction(async (tx) => {
    await requireParticipation(tx, event.programYearId, stateCode);
    const before = await findAttendance(tx, eventId, stateCode);
    if (before) {
      if (expected === undefined) throw new PreconditionRequiredError();
      if (!(await updateAttendance(tx, before.id, expected === 'any' ? before.version : expected, values))) staleOrMissing(true, 'Attendance');
    } else {
      // A version read of an answer that is gone: someone cleared it meanwhile.
      if (typeof expected === 'number') throw new PreconditionFailedError('Attendance was cleared by someone else; reload it and record it again');
      if (!(await insertAttendance(tx, eventId, stateCode, values))) {
        throw new PreconditionFailedError('Attendance was recorded by someone else first; reload it and apply your change again');
      }
    }
    const after = (await findAttendance(tx, eventId, stateCode)) as AttendanceRow;
    await audit(tx, ctx.actor, before ? 'update' : 'create', 'event_attendance', after.id, before ?? null, after, stateCode);
    return after;
  });
}

export async function removeAttendance(ctx: Ctx, eventId: string, stateParam: string) {
  const { stateCode } = await loadForAttendance(ctx, eventId, stateParam);
  await ctx.db.transaction(async (tx) => {
    const before = await findAttendance(tx, eventId, stateCode);
    if (!before) throw new NotFoundError('Attendance');
    await tx.delete(eventAttendance).where(eq(eventAttendance.id, before.id));
    await audit(tx, ctx.actor, 'delete', 'event_attendance', before.id, before, null, stateCode);
  });
}
