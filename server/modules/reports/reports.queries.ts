import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { assessments, eventAttendance, events, goals, instruments, milestones, plans } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { ReportMilestone } from '../../domain/report.ts';
import { allOf } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';
import { DEFAULT_INSTRUMENT_NAME } from '../instruments/instruments.queries.ts';

/**
 * The report's facts beyond those of the progress view, each one statement for every visible state of
 * the year (or the one state asked for): milestones with their goals, events with attendance, and the
 * completed assessments on the default instrument.
 */
const trimmed = <T extends { stateCode: string }>(rows: T[]) => rows.map((r) => ({ ...r, stateCode: r.stateCode.trim() }));

export async function reportMilestones(db: Db, actor: Actor, programYearId: string, stateCode?: string) {
  const rows = await db
    .select({
      stateCode: plans.stateCode,
      title: milestones.title,
      goalTitle: goals.title,
      dueOn: milestones.dueOn,
      status: milestones.status,
      completedOn: milestones.completedOn,
    })
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .where(allOf(eq(plans.programYearId, programYearId), inScope(plans.stateCode, actor), stateCode ? eq(plans.stateCode, stateCode) : undefined))
    .orderBy(asc(milestones.dueOn), asc(milestones.title));
  return trimmed(rows) as (ReportMilestone & { stateCode: string })[];
}

export interface HeldEvent {
  id: string;
  kind: string;
  title: string;
  date: IsoDate;
  /** Attendance recorded per visible state. */
  attendance: { stateCode: string; status: 'attended' | 'absent' | 'excused' }[];
}

/** The year's events held by today, each with the attendance of the visible states. */
export async function heldEvents(db: Db, actor: Actor, programYearId: string, todayIso: IsoDate, stateCode?: string): Promise<HeldEvent[]> {
  const attendanceScope = allOf(
    eq(eventAttendance.eventId, events.id),
    inScope(eventAttendance.stateCode, actor),
    stateCode ? eq(eventAttendance.stateCode, stateCode) : undefined,
  );
  const rows = await db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      date: events.date,
      attendance: sql<HeldEvent['attendance']>`coalesce(json_agg(json_build_object('stateCode', trim(${eventAttendance.stateCode}), 'status', ${eventAttendance.status})) filter (where ${eventAttendance.id} is not null), '[]'::json)`,
    })
    .from(events)
    .leftJoin(eventAttendance, attendanceScope)
    .where(and(eq(events.programYearId, programYearId), lte(events.date, todayIso)))
    .groupBy(events.id)
    .orderBy(asc(events.date), asc(events.title));
  return rows;
}

/** Completed baselines and reassessments on the default instrument (any revision: domains match by key). */
export async function defaultInstrumentAssessments(db: Db, actor: Actor, programYearId: string, stateCode?: string) {
  const rows = await db
    .select({ id: assessments.id, stateCode: assessments.stateCode, kind: assessments.kind, completedOn: assessments.completedOn })
    .from(assessments)
    .innerJoin(instruments, eq(instruments.id, assessments.instrumentId))
    .where(
      allOf(
        eq(assessments.programYearId, programYearId),
        eq(assessments.status, 'completed'),
        eq(instruments.name, DEFAULT_INSTRUMENT_NAME),
        inScope(assessments.stateCode, actor),
        stateCode ? eq(assessments.stateCode, stateCode) : undefined,
      ),
    );
  return trimmed(rows);
}
