import type { Db } from '../../db/client.ts';
import { actionItems, eventAttendance, events, mentoringExchanges, mentoringPairs } from '../../db/schema/index.ts';

/** Builders for site visits' follow-ups, events and peer mentoring (the shared factories make calls and visits). */
export async function makeActionItem(db: Db, stateCode: string, parent: { callId: string } | { siteVisitId: string }, values: Partial<typeof actionItems.$inferInsert> = {}) {
  const [row] = await db
    .insert(actionItems)
    .values({ stateCode, ...parent, description: 'Share the employer survey', owner: 'Team lead', dueOn: '2026-12-01', ...values })
    .returning();
  return row;
}

export async function makeEvent(db: Db, programYearId: string, values: Partial<typeof events.$inferInsert> = {}) {
  const [row] = await db
    .insert(events)
    .values({ programYearId, kind: 'regional_meeting', title: 'First regional meeting', date: '2026-11-14', location: 'Chicago', ...values })
    .returning();
  return row;
}

export async function makeAttendance(db: Db, eventId: string, stateCode: string, values: Partial<typeof eventAttendance.$inferInsert> = {}) {
  const [row] = await db.insert(eventAttendance).values({ eventId, stateCode, status: 'attended', attendees: 3, ...values }).returning();
  return row;
}

/** Stores the codes in the order the table asks for (state_a < state_b). */
export async function makeMentoringPair(db: Db, programYearId: string, first: string, second: string, focus = 'Employer engagement') {
  const [stateA, stateB] = [first, second].sort();
  const [row] = await db.insert(mentoringPairs).values({ programYearId, stateA, stateB, focus }).returning();
  return row;
}

export async function makeExchange(db: Db, pairId: string, date = '2026-10-20', summary = 'Shared their sector-partnership playbook') {
  const [row] = await db.insert(mentoringExchanges).values({ pairId, date, summary }).returning();
  return row;
}
