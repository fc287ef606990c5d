import { and, asc, eq, isNotNull, notInArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { actionItems, calls, domains, goals, milestones, plans, siteVisits, states, timelineActivities } from '../../../db/schema/index.ts';

/** What a state's next-call agenda is drafted from, for one program year (see server/domain/agenda.ts). */

export async function openActionItemsOf(db: Db, programYearId: string, stateCode: string) {
  return db
    .select({ description: actionItems.description, owner: actionItems.owner, dueOn: actionItems.dueOn, done: actionItems.done })
    .from(actionItems)
    .leftJoin(calls, eq(calls.id, actionItems.callId))
    .leftJoin(siteVisits, eq(siteVisits.id, actionItems.siteVisitId))
    .where(
      and(
        eq(actionItems.stateCode, stateCode),
        eq(actionItems.done, false),
        or(eq(calls.programYearId, programYearId), eq(siteVisits.programYearId, programYearId)),
      ),
    )
    .orderBy(asc(actionItems.dueOn), asc(actionItems.createdAt));
}

export async function openMilestonesOf(db: Db, programYearId: string, stateCode: string) {
  return db
    .select({ title: milestones.title, goalTitle: goals.title, ownerName: milestones.ownerName, dueOn: milestones.dueOn, status: milestones.status })
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .where(and(eq(plans.programYearId, programYearId), eq(plans.stateCode, stateCode), notInArray(milestones.status, ['completed', 'deferred'])))
    .orderBy(asc(milestones.dueOn));
}

/** Keys of the assessment domains the state's goals name that year. */
export async function goalDomainKeysOf(db: Db, programYearId: string, stateCode: string) {
  const rows = await db
    .selectDistinct({ key: domains.key })
    .from(goals)
    .innerJoin(plans, eq(plans.id, goals.planId))
    .innerJoin(domains, eq(domains.id, goals.domainId))
    .where(and(eq(plans.programYearId, programYearId), eq(plans.stateCode, stateCode), isNotNull(goals.domainId)));
  return rows.map((r) => r.key);
}

export function activitiesOf(db: Db, programYearId: string) {
  return db
    .select({ title: timelineActivities.title, startsOn: timelineActivities.startsOn, endsOn: timelineActivities.endsOn, dueOn: timelineActivities.dueOn })
    .from(timelineActivities)
    .where(eq(timelineActivities.programYearId, programYearId))
    .orderBy(asc(timelineActivities.startsOn), asc(timelineActivities.position));
}

export async function stateNameOf(db: Db, code: string) {
  const [row] = await db.select({ name: states.name }).from(states).where(eq(states.code, code)).limit(1);
  return row?.name;
}
