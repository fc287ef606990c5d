import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { TestApp } from './app.ts';
import { joinYear, makeState, makeUser, pair } from './factories.ts';
import {
  assessmentResponses,
  assessments,
  domains,
  goals,
  indicators,
  instruments,
  milestoneUpdates,
  milestones,
  planComments,
  plans,
} from '../../db/schema/index.ts';

/** Builders for the assessment and plan tests: a small instrument of our own, never the default one. */
const unique = () => randomBytes(3).toString('hex');

export type BuiltInstrument = Awaited<ReturnType<typeof makeInstrument>>;

/** An instrument with one domain per entry of `shape`, each with that many indicators. */
export async function makeInstrument(db: Db, options: { name?: string; revision?: number; shape?: number[]; keys?: string[] } = {}) {
  const shape = options.shape ?? [2, 1];
  const [instrument] = await db
    .insert(instruments)
    .values({ name: options.name ?? `Test instrument ${unique()}`, revision: options.revision ?? 1 })
    .returning();
  const built = [];
  for (const [position, count] of shape.entries()) {
    const key = options.keys?.[position] ?? `domain-${position + 1}`;
    const [domain] = await db.insert(domains).values({ instrumentId: instrument.id, key, title: `Domain ${key}`, position }).returning();
    const rows = await db
      .insert(indicators)
      .values(Array.from({ length: count }, (_, i) => ({ domainId: domain.id, key: `${key}.${i + 1}`, text: `Indicator ${i + 1} of ${key}`, position: i })))
      .returning();
    built.push({ ...domain, indicators: rows });
  }
  return { ...instrument, domains: built, indicators: built.flatMap((d) => d.indicators) };
}

export async function makeAssessment(
  db: Db,
  programYearId: string,
  stateCode: string,
  instrumentId: string,
  values: Partial<typeof assessments.$inferInsert> = {},
) {
  const [row] = await db
    .insert(assessments)
    .values({ programYearId, stateCode, instrumentId, kind: 'baseline', startedOn: '2026-09-15', ...values })
    .returning();
  return row;
}

/** Rates the given indicators (all the same, or one rating per indicator). */
export async function rate(db: Db, assessmentId: string, indicatorIds: string[], ratings: number | number[], priority = false) {
  if (indicatorIds.length === 0) return;
  await db.insert(assessmentResponses).values(
    indicatorIds.map((indicatorId, i) => ({
      assessmentId,
      indicatorId,
      rating: Array.isArray(ratings) ? ratings[i] : ratings,
      priority,
    })),
  );
}

export async function makeBarePlan(db: Db, programYearId: string, stateCode: string) {
  const [plan] = await db.insert(plans).values({ programYearId, stateCode, title: `${stateCode} plan ${unique()}` }).returning();
  return plan;
}

export async function makeGoal(db: Db, planId: string, values: Partial<typeof goals.$inferInsert> = {}) {
  const [goal] = await db.insert(goals).values({ planId, title: `Goal ${unique()}`, ...values }).returning();
  return goal;
}

export async function makeMilestone(db: Db, goalId: string, values: Partial<typeof milestones.$inferInsert> = {}) {
  const status = values.status ?? 'not_started';
  const [milestone] = await db
    .insert(milestones)
    .values({ goalId, title: `Milestone ${unique()}`, dueOn: '2026-12-15', completedOn: status === 'completed' ? '2026-11-01' : null, ...values, status })
    .returning();
  return milestone;
}

export async function makeMilestoneUpdate(db: Db, milestoneId: string, values: Partial<typeof milestoneUpdates.$inferInsert> = {}) {
  const [row] = await db.insert(milestoneUpdates).values({ milestoneId, newStatus: 'in_progress', ...values }).returning();
  return row;
}

export async function makeComment(db: Db, planId: string, authorId: string | null, values: Partial<typeof planComments.$inferInsert> = {}) {
  const [row] = await db.insert(planComments).values({ planId, authorId, body: `Comment ${unique()}`, ...values }).returning();
  return row;
}

/** An id no row has: for the "does not exist" cases. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export type CastUser = { id: string; email: string; name: string };

/**
 * The people the assessment and plan tests meet: staff; a coach paired with AR and one paired with IA;
 * AR's lead and two members; IA's lead and a member. AR and IA take part in the year.
 */
export async function makeCast(db: Db, programYearId: string) {
  for (const code of ['AR', 'IA']) {
    await makeState(db, code);
    await joinYear(db, programYearId, code);
  }
  const cast = {
    staff: await makeUser(db, 'staff'),
    coach: await makeUser(db, 'coach'),
    otherCoach: await makeUser(db, 'coach'),
    lead: await makeUser(db, 'state_lead', 'AR', 'Avery Lead'),
    member: await makeUser(db, 'state_member', 'AR', 'Morgan Member'),
    otherMember: await makeUser(db, 'state_member', 'AR'),
    leadIA: await makeUser(db, 'state_lead', 'IA'),
    memberIA: await makeUser(db, 'state_member', 'IA'),
  };
  await pair(db, programYearId, 'AR', cast.coach.id);
  await pair(db, programYearId, 'IA', cast.otherCoach.id);
  return cast;
}

/** A request as a user (null: anonymous). */
export const callerFor =
  (t: TestApp) =>
  async (user: { email: string } | null, method: string, url: string, body?: unknown) =>
    t.call(user ? await t.tokenFor(user) : null, method, url, body);
