import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import {
  calls,
  milestones,
  goals,
  pairings,
  participations,
  plans,
  programYears,
  siteVisits,
  states,
  timelineActivities,
  users,
} from '../../db/schema/index.ts';
import type { Role } from '../../server/domain/access.ts';
import { defaultTimeline } from '../../server/domain/timeline.ts';
import { hashPassword } from '../../server/lib/passwords.ts';

/** Test data builders: each test makes exactly the rows it needs, never the demo data. */
export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(TEST_PASSWORD));
const unique = () => randomBytes(4).toString('hex');

export async function makeYear(db: Db, startYear = 2026) {
  const { span, activities } = defaultTimeline(startYear);
  const [year] = await db
    .insert(programYears)
    .values({ name: `${startYear}–${(startYear + 1) % 100} cohort ${unique()}`, ...span })
    .returning();
  await db.insert(timelineActivities).values(activities.map((a, position) => ({ ...a, programYearId: year.id, position })));
  return year;
}

export async function makeState(db: Db, code: string, name = `State ${code}`, timeZone = 'America/Chicago') {
  const [state] = await db.insert(states).values({ code, name, timeZone }).onConflictDoNothing().returning();
  return state;
}

export async function joinYear(db: Db, programYearId: string, stateCode: string, tier: 'intensive' | 'light_touch' = 'intensive') {
  await db.insert(participations).values({ programYearId, stateCode, tier });
}

export async function makeUser(db: Db, role: Role, stateCode: string | null = null, name = `${role} ${unique()}`) {
  const [user] = await db
    .insert(users)
    .values({ email: `${role}.${unique()}@test.example`, name, role, stateCode, passwordHash: await hashed() })
    .returning();
  return user;
}

export async function pair(db: Db, programYearId: string, stateCode: string, coachId: string, startsOn = '2026-08-01', endsOn: string | null = null) {
  const [row] = await db.insert(pairings).values({ programYearId, stateCode, coachId, startsOn, endsOn }).returning();
  return row;
}

export async function makeCall(db: Db, programYearId: string, stateCode: string, values: Partial<typeof calls.$inferInsert> = {}) {
  const [row] = await db
    .insert(calls)
    .values({ programYearId, stateCode, kind: 'full_team', status: 'held', date: '2026-10-06', ...values })
    .returning();
  return row;
}

export async function makeVisit(db: Db, programYearId: string, stateCode: string, values: Partial<typeof siteVisits.$inferInsert> = {}) {
  const [row] = await db
    .insert(siteVisits)
    .values({ programYearId, stateCode, number: 1, status: 'scheduled', startsOn: '2026-12-08', ...values })
    .returning();
  return row;
}

export async function makePlan(db: Db, programYearId: string, stateCode: string, ownerId: string | null = null) {
  const [plan] = await db.insert(plans).values({ programYearId, stateCode, title: `${stateCode} career pathways plan` }).returning();
  const [goal] = await db.insert(goals).values({ planId: plan.id, title: 'Build cross-agency partnerships' }).returning();
  const [milestone] = await db
    .insert(milestones)
    .values({ goalId: goal.id, title: 'Convene the partner agencies', ownerId, dueOn: '2026-12-15' })
    .returning();
  return { plan, goal, milestone };
}
