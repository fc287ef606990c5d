import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { eventAttendance, events, states } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type EventRow = typeof events.$inferSelect;

export interface EventFilter {
  programYear?: string;
  kind?: EventRow['kind'];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Events belong to a year, not a state: every signed-in role sees the same list. */
export async function listEvents(db: Db, f: EventFilter) {
  const where = allOf(
    f.programYear ? eq(events.programYearId, f.programYear) : undefined,
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.from ? gte(events.date, f.from) : undefined,
    f.to ? lte(events.date, f.to) : undefined,
  );
  const rows = paginate(
    db.select().from(events).where(where).orderBy(asc(events.date), sql`${events.startTime} asc nulls first`, asc(events.id)).$dynamic(),
    f,
  );
  return page(rows, countRows(db, events, where));
}

export async function findEvent(db: Db | Tx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).limit(1);
  return row;
}

const attendanceColumns = {
  id: eventAttendance.id,
  eventId: eventAttendance.eventId,
  stateCode: eventAttendance.stateCode,
  stateName: states.name,
  status: eventAttendance.status,
  attendees: eventAttendance.attendees,
  updatedAt: eventAttendance.updatedAt,
  version: eventAttendance.version,
};

const selectAttendance = (db: Db | Tx) =>
  db.select(attendanceColumns).from(eventAttendance).innerJoin(states, eq(states.code, eventAttendance.stateCode)).$dynamic();

export type AttendanceRow = Awaited<ReturnType<ReturnType<typeof selectAttendance>['execute']>>[number];

/** Attendance of many events in one query, limited to the actor's states, grouped by event. */
export async function attendanceOf(db: Db, actor: Actor, eventIds: string[]): Promise<Map<string, AttendanceRow[]>> {
  const byEvent = new Map<string, AttendanceRow[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await selectAttendance(db)
    .where(allOf(inArray(eventAttendance.eventId, eventIds), inScope(eventAttendance.stateCode, actor)))
    .orderBy(asc(eventAttendance.stateCode));
  for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
  return byEvent;
}

export async function findAttendance(db: Db | Tx, eventId: string, stateCode: string): Promise<AttendanceRow | undefined> {
  const [row] = await selectAttendance(db)
    .where(and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.stateCode, stateCode)))
    .limit(1);
  return row;
}

type AttendanceValues = { status: AttendanceRow['status']; attendees: number };

/** The first answer for a state; false when another one landed first (one row per event and state). */
export async function insertAttendance(tx: Tx, eventId: string, stateCode: string, values: AttendanceValues): Promise<boolean> {
  const rows = await tx
    .insert(eventAttendance)
    .values({ eventId, stateCode, ...values })
    .onConflictDoNothing({ target: [eventAttendance.eventId, eventAttendance.stateCode] })
    .returning({ id: eventAttendance.id });
  return rows.length > 0;
}

/** Replaces an answer if it is still at `version`; false when someone else changed it first. */
export async function updateAttendance(tx: Tx, id: string, version: number, values: AttendanceValues): Promise<boolean> {
  const rows = await tx
    .update(eventAttendance)
    .set({ ...values, version: sql`${eventAttendance.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(eventAttendance.id, id), eq(eventAttendance.version, version)))
    .returning({ id: eventAttendance.id });
  return rows.length > 0;
}
