import { type SQL, and, asc, desc, eq, gte, inArray, lt, lte, not, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { goals, milestoneUpdates, milestones, plans, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { allOf, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type MilestoneStatus = (typeof milestones.$inferSelect)['status'];

/** A milestone with the owner's name and the plan it belongs to (through its goal). */
export type MilestoneRow = typeof milestones.$inferSelect & {
  goalTitle: string;
  planId: string;
  programYearId: string;
  stateCode: string;
};

export type HistoryRow = typeof milestoneUpdates.$inferSelect & { authorName: string | null };

export interface MilestoneFilter {
  programYear?: string;
  state?: string;
  plan?: string;
  goal?: string;
  status?: MilestoneStatus;
  owner?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/**
 * The database side of `isMilestoneOverdue` (server/domain/timeline.ts), for filtering a page in SQL:
 * due before today and neither completed nor deferred. Keep the two in step.
 */
export const overdueSql = (todayIso: IsoDate): SQL =>
  and(notInArray(milestones.status, ['completed', 'deferred']), lt(milestones.dueOn, todayIso)) as SQL;

const milestoneColumns = {
  milestone: milestones,
  /** The account's name when the owner has one, else the name typed in. */
  ownerName: sql<string>`coalesce(${users.name}, ${milestones.ownerName})`,
  goalTitle: goals.title,
  planId: plans.id,
  programYearId: plans.programYearId,
  stateCode: plans.stateCode,
};

type Joined = { milestone: typeof milestones.$inferSelect; ownerName: string; goalTitle: string; planId: string; programYearId: string; stateCode: string };
const flatten = (rows: Joined[]): MilestoneRow[] => rows.map(({ milestone, ...rest }) => ({ ...milestone, ...rest }));

const selectMilestones = (db: Db | Tx) =>
  db
    .select(milestoneColumns)
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .leftJoin(users, eq(users.id, milestones.ownerId));

export function listMilestones(db: Db, actor: Actor, todayIso: IsoDate, f: MilestoneFilter) {
  const where = allOf(
    inScope(plans.stateCode, actor),
    f.programYear ? eq(plans.programYearId, f.programYear) : undefined,
    f.state ? eq(plans.stateCode, f.state.toUpperCase()) : undefined,
    f.plan ? eq(plans.id, f.plan) : undefined,
    f.goal ? eq(goals.id, f.goal) : undefined,
    f.status ? eq(milestones.status, f.status) : undefined,
    f.owner ? eq(milestones.ownerId, f.owner) : undefined,
    f.from ? gte(milestones.dueOn, f.from) : undefined,
    f.to ? lte(milestones.dueOn, f.to) : undefined,
    f.overdue === undefined ? undefined : f.overdue ? overdueSql(todayIso) : not(overdueSql(todayIso)),
  );
  const rows = paginate(
    selectMilestones(db).where(where).orderBy(asc(milestones.dueOn), asc(plans.stateCode), asc(milestones.position), asc(milestones.id)).$dynamic(),
    f,
  );
  const total = db
    .select({ value: sql<number>`count(*)::int` })
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .where(where);
  return page(rows.then(flatten), total);
}

export async function findMilestone(db: Db | Tx, id: string): Promise<MilestoneRow | undefined> {
  return flatten(await selectMilestones(db).where(eq(milestones.id, id)).limit(1))[0];
}

/** Every milestone of a plan, in goal order and then their own. */
export async function milestonesOfPlan(db: Db | Tx, planId: string): Promise<MilestoneRow[]> {
  return flatten(await selectMilestones(db).where(eq(plans.id, planId)).orderBy(asc(milestones.position), asc(milestones.dueOn), asc(milestones.createdAt)));
}

/** The update history of many milestones in one query, newest first, grouped by milestone. */
export async function historyOf(db: Db | Tx, milestoneIds: string[]): Promise<Map<string, HistoryRow[]>> {
  const byMilestone = new Map<string, HistoryRow[]>();
  if (milestoneIds.length === 0) return byMilestone;
  const rows = await db
    .select({ update: milestoneUpdates, authorName: users.name })
    .from(milestoneUpdates)
    .leftJoin(users, eq(users.id, milestoneUpdates.authorId))
    .where(inArray(milestoneUpdates.milestoneId, milestoneIds))
    .orderBy(desc(milestoneUpdates.createdAt), desc(milestoneUpdates.id));
  for (const { update, authorName } of rows) {
    const list = byMilestone.get(update.milestoneId) ?? [];
    list.push({ ...update, authorName });
    byMilestone.set(update.milestoneId, list);
  }
  return byMilestone;
}
