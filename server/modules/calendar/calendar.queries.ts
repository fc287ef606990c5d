import { and, asc, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { calendarFeeds, calls, events, goals, milestones, participations, plans, siteVisits, states, users } from '../../../db/schema/index.ts';
import { type Actor, visibleStates } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { actorColumns, toActor } from '../../lib/actor-sql.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type FeedRow = typeof calendarFeeds.$inferSelect;

export async function liveFeedOf(db: Db | Tx, userId: string): Promise<FeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** The owner of a live feed, as the actor its scope is computed for; undefined for unknown, revoked or inactive. */
export async function feedOwner(db: Db, tokenHash: string, todayIso: IsoDate): Promise<{ actor: Actor; name: string } | undefined> {
  const [row] = await db
    .select({ ...actorColumns(todayIso), name: users.name })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt), eq(users.active, true)))
    .limit(1);
  return row ? { actor: toActor(row), name: row.name } : undefined;
}

const stateColumns = { stateName: states.name, timeZone: states.timeZone };

export async function stateZone(db: Db, code: string) {
  const [row] = await db.select(stateColumns).from(states).where(eq(states.code, code)).limit(1);
  return row;
}

/** Calls in the actor's states from a day on, with their state's name and zone and the coach's name. */
export function feedCalls(db: Db, actor: Actor, from: IsoDate) {
  return db
    .select({ call: calls, ...stateColumns, coachName: users.name })
    .from(calls)
    .innerJoin(states, eq(states.code, calls.stateCode))
    .leftJoin(users, eq(users.id, calls.coachId))
    .where(and(inScope(calls.stateCode, actor), gte(calls.date, from)))
    .orderBy(asc(calls.date), asc(calls.id));
}

/** Dated visits in the actor's states that end (or start) on or after a day. */
export function feedVisits(db: Db, actor: Actor, from: IsoDate) {
  return db
    .select({ visit: siteVisits, ...stateColumns, coachName: users.name })
    .from(siteVisits)
    .innerJoin(states, eq(states.code, siteVisits.stateCode))
    .leftJoin(users, eq(users.id, siteVisits.coachId))
    .where(and(inScope(siteVisits.stateCode, actor), isNotNull(siteVisits.startsOn), sql`coalesce(${siteVisits.endsOn}, ${siteVisits.startsOn}) >= ${from}`))
    .orderBy(asc(siteVisits.startsOn), asc(siteVisits.id));
}

/**
 * Events of the program years the actor takes part in: every year for staff, otherwise the years in which
 * one of their states participates (events belong to a year, not a state).
 */
export function feedEvents(db: Db, actor: Actor, from: IsoDate) {
  const visible = visibleStates(actor);
  const yearFilter =
    visible === 'all'
      ? undefined
      : visible.length === 0
        ? sql`false`
        : inArray(
            events.programYearId,
            db.select({ id: participations.programYearId }).from(participations).where(inArray(participations.stateCode, visible)),
          );
  return db
    .select()
    .from(events)
    .where(and(yearFilter, gte(events.date, from)))
    .orderBy(asc(events.date), asc(events.id));
}

/** Milestones of plans in the actor's states due on or after a day; deferred ones are no longer due. */
export function feedMilestones(db: Db, actor: Actor, from: IsoDate) {
  return db
    .select({ milestone: milestones, goalTitle: goals.title, stateCode: plans.stateCode, stateName: states.name })
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .innerJoin(states, eq(states.code, plans.stateCode))
    .where(and(inScope(plans.stateCode, actor), gte(milestones.dueOn, from), ne(milestones.status, 'deferred')))
    .orderBy(asc(milestones.dueOn), asc(milestones.id));
}

export type FeedCallRow = Awaited<ReturnType<typeof feedCalls>>[number];
export type FeedVisitRow = Awaited<ReturnType<typeof feedVisits>>[number];
export type FeedEventRow = Awaited<ReturnType<typeof feedEvents>>[number];
export type FeedMilestoneRow = Awaited<ReturnType<typeof feedMilestones>>[number];
