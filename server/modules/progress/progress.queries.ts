import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { participations, programYears, states, timelineActivities } from '../../../db/schema/index.ts';
import { type Actor, visibleStates } from '../../domain/access.ts';
import type { StateFacts } from '../../domain/progress.ts';
import type { Activity } from '../../domain/timeline.ts';
import { allOf } from '../../lib/records.ts';
import { preparedOnce, shapeOf } from '../../lib/prepared.ts';
import { inStates } from '../../lib/scope-sql.ts';

/** The year to show: the one asked for, else the one containing today, else the latest. */
export async function findYear(db: Db, id: string | undefined, todayIso: string) {
  if (id) return (await db.select().from(programYears).where(eq(programYears.id, id)).limit(1))[0];
  const [current] = await db
    .select()
    .from(programYears)
    .where(and(lte(programYears.startsOn, todayIso), gte(programYears.endsOn, todayIso)))
    .orderBy(desc(programYears.startsOn))
    .limit(1);
  return current ?? (await db.select().from(programYears).orderBy(desc(programYears.startsOn)).limit(1))[0];
}

export async function yearActivities(db: Db, programYearId: string): Promise<(Activity & { id: string })[]> {
  return db
    .select({
      id: timelineActivities.id,
      kind: timelineActivities.kind,
      title: timelineActivities.title,
      startsOn: timelineActivities.startsOn,
      endsOn: timelineActivities.endsOn,
      dueOn: timelineActivities.dueOn,
      requiredCount: timelineActivities.requiredCount,
    })
    .from(timelineActivities)
    .where(eq(timelineActivities.programYearId, programYearId))
    .orderBy(asc(timelineActivities.startsOn), asc(timelineActivities.position));
}

export interface ProgressFilter {
  state?: string;
  tier?: 'intensive' | 'light_touch';
  coach?: string;
}

// The filters in a fixed order: which of them are present is part of the statement's shape.
const FILTERS = ['state', 'tier', 'coach'] as const;
const p = sql.placeholder;

/**
 * Every fact the cross-state view needs, for every visible state of a year, in one statement: the
 * correlated sub-selects run inside the database, so there is one round trip however many states. `'all'`
 * reads every state, for the cached view that each request then narrows to its user's states.
 */
export async function stateFacts(db: Db, scope: Actor | 'all', programYearId: string, filter: ProgressFilter): Promise<(StateFacts & { timeZone: string })[]> {
  const visible = scope === 'all' ? 'all' : visibleStates(scope);
  const year = sql`${participations.programYearId}`;
  const code = sql`${participations.stateCode}`;
  // A named statement keeps its plan on the connection: planning this statement costs about as much as running it.
  const statement = preparedOnce(db, `progress_facts_${shapeOf(visible, filter, FILTERS)}`, (name) =>
    db
      .select({
        stateCode: participations.stateCode,
        stateName: states.name,
        timeZone: states.timeZone,
        tier: participations.tier,
        pairings: sql<StateFacts['pairings']>`coalesce((
          select json_agg(json_build_object('coachId', p.coach_id, 'coachName', u.name, 'startsOn', p.starts_on, 'endsOn', p.ends_on) order by p.starts_on)
          from pairings p join users u on u.id = p.coach_id
          where p.program_year_id = ${year} and p.state_code = ${code}), '[]'::json)`,
        calls: sql<StateFacts['calls']>`coalesce((
          select json_agg(json_build_object('date', c.date, 'status', c.status))
          from calls c where c.program_year_id = ${year} and c.state_code = ${code}), '[]'::json)`,
        visits: sql<StateFacts['visits']>`coalesce((
          select json_agg(json_build_object('number', v.number, 'status', v.status, 'startsOn', v.starts_on))
          from site_visits v where v.program_year_id = ${year} and v.state_code = ${code}), '[]'::json)`,
        assessments: sql<StateFacts['assessments']>`coalesce((
          select json_agg(json_build_object('kind', a.kind, 'completedOn', a.completed_on))
          from assessments a where a.program_year_id = ${year} and a.state_code = ${code}), '[]'::json)`,
        // The plan's milestones are read once for both facts (two sub-selects walked them twice).
        plan: sql<{ readyOn: string | null; milestones: StateFacts['milestones'] | null }>`(
          select json_build_object(
            'readyOn', to_char(min(m.created_at), 'YYYY-MM-DD'),
            'milestones', json_agg(json_build_object('dueOn', m.due_on, 'status', m.status)))
          from plans pl join goals g on g.plan_id = pl.id join milestones m on m.goal_id = g.id
          where pl.program_year_id = ${year} and pl.state_code = ${code})`,
        actionItems: sql<NonNullable<StateFacts['actionItems']>>`coalesce((
          select json_agg(json_build_object('dueOn', ai.due_on, 'done', ai.done))
          from action_items ai left join calls ic on ic.id = ai.call_id left join site_visits iv on iv.id = ai.site_visit_id
          where ai.state_code = ${code} and coalesce(ic.program_year_id, iv.program_year_id) = ${year}), '[]'::json)`,
      })
      .from(participations)
      .innerJoin(states, eq(states.code, participations.stateCode))
      .where(
        allOf(
          eq(participations.programYearId, p('programYearId')),
          inStates(participations.stateCode, visible, p('states')),
          filter.state ? eq(participations.stateCode, p('state')) : undefined,
          filter.tier ? eq(participations.tier, p('tier')) : undefined,
          filter.coach
            ? sql`exists (select 1 from pairings p where p.program_year_id = ${year} and p.state_code = ${code} and p.coach_id = ${p('coach')})`
            : undefined,
        ),
      )
      .orderBy(asc(states.name))
      .prepare(name),
  );
  const rows = await statement.execute({
    programYearId,
    states: visible === 'all' ? undefined : visible,
    state: filter.state?.toUpperCase(),
    tier: filter.tier,
    coach: filter.coach,
  });
  return rows.map(({ plan, ...r }) => ({ ...r, stateCode: r.stateCode.trim(), planReadyOn: plan.readyOn, milestones: plan.milestones ?? [] }));
}
