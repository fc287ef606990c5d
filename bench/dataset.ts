import { getMonth, getYear } from 'date-fns';
import { defaultTimeline } from '../server/domain/timeline.ts';
import { jurisdictions } from './states.ts';

/** What one script run needs to know about the data it generated. */
export interface DatasetShape {
  years: number;
  states: number;
  coaches: number;
  today: string;
}

export const BENCH_PASSWORD = 'bench-password';
/** The app and the bench's in-process capture sign and check tokens with the same secret. */
export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
export const staffEmail = 'staff@bench.test';
export const coachEmail = (n: number) => `coach${n}@bench.test`;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const LOREM =
  'The team reviewed the pathway map with the regional workforce board, agreed next steps on employer engagement ' +
  'and the data-sharing agreement, and asked the coach for examples from peer states.';

/**
 * The national dataset as one SQL script of set-based inserts (`insert … select … generate_series`): a few
 * dozen statements however large the scale, so generation takes seconds. Runs in one session, after the
 * migrations and the default instrument, on PostgreSQL and on PGlite alike.
 */
export function datasetScript(shape: DatasetShape, passwordHash: string, instrumentId: string): string {
  const now = new Date(`${shape.today}T12:00:00Z`);
  const currentStart = getMonth(now) >= 7 ? getYear(now) : getYear(now) - 1;
  const startYears = Array.from({ length: shape.years }, (_, i) => currentStart - shape.years + 1 + i);
  const states = jurisdictions.slice(0, shape.states);
  const today = quote(shape.today);

  const yearRows = startYears.map((y) => {
    const { span } = defaultTimeline(y);
    return `(${quote(`${y}–${String((y + 1) % 100).padStart(2, '0')} Advancing Career Pathways`)}, ${quote(span.startsOn)}, ${quote(span.endsOn)}, ${y})`;
  });
  const activityRows = startYears.flatMap((y) =>
    defaultTimeline(y).activities.map(
      (a, position) =>
        `(${y}, ${quote(a.kind)}, ${quote(a.title)}, ${quote(a.startsOn)}, ${quote(a.endsOn)}, ${a.dueOn ? quote(a.dueOn) : 'null'}, ${a.requiredCount}, ${position})`,
    ),
  );

  return `
create temp table bench_year (name text, starts_on date, ends_on date, start_year int);
insert into bench_year values ${yearRows.join(',\n')};
insert into states (code, name) values ${states.map(([code, name]) => `(${quote(code)}, ${quote(name)})`).join(', ')};
insert into users (email, name, role, password_hash) values (${quote(staffEmail)}, 'Bench Staff', 'staff', ${quote(passwordHash)});
insert into users (email, name, role, password_hash)
  select 'coach' || i || '@bench.test', 'Coach ' || i, 'coach', ${quote(passwordHash)} from generate_series(1, ${shape.coaches}) i;
insert into users (email, name, role, state_code, password_hash)
  select 'lead.' || lower(code) || '@bench.test', 'Lead of ' || name, 'state_lead', code, ${quote(passwordHash)} from states;
insert into program_years (name, starts_on, ends_on) select name, starts_on, ends_on from bench_year;
insert into timeline_activities (program_year_id, kind, title, starts_on, ends_on, due_on, required_count, position)
  select y.id, a.kind::activity_kind, a.title, a.starts_on::date, a.ends_on::date, a.due_on::date, a.required_count, a.position
  from (values ${activityRows.join(',\n')}) a(start_year, kind, title, starts_on, ends_on, due_on, required_count, position)
  join bench_year b on b.start_year = a.start_year join program_years y on y.name = b.name;
create temp table bench_state as select code, name, (row_number() over (order by code) - 1)::int as n from states;
create temp table bench_coach as select id, (row_number() over (order by email) - 1)::int as n from users where role = 'coach';
insert into participations (program_year_id, state_code, tier) select y.id, s.code, 'intensive' from program_years y cross join bench_state s;
insert into pairings (program_year_id, state_code, coach_id, starts_on)
  select y.id, s.code, c.id, y.starts_on from program_years y cross join bench_state s join bench_coach c on c.n = s.n % ${shape.coaches};
insert into team_members (program_year_id, state_code, user_id, name, email, is_lead)
  select y.id, u.state_code, u.id, u.name, u.email, true from program_years y cross join users u where u.role = 'state_lead';

-- 11 months (October to August) of a planning call and a full-team call each.
insert into calls (program_year_id, state_code, coach_id, kind, status, date, start_time, duration_minutes, attendees, agenda, notes, progress, challenges)
  select p.program_year_id, p.state_code, p.coach_id, k.kind::call_kind,
    (case when d.day < ${today} then 'held' else 'scheduled' end)::call_status, d.day, '10:00', 60,
    array['Team lead', 'Coach'], 'Progress on the plan; employer engagement; next steps', ${quote(LOREM)},
    'Drafted the sector strategy', 'Data sharing between agencies'
  from pairings p
  cross join generate_series(2, 12) m
  cross join (values ('planning', 6), ('full_team', 20)) k(kind, dom)
  cross join lateral (select (p.starts_on + make_interval(months => m, days => k.dom - 1))::date as day) d;

insert into site_visits (program_year_id, state_code, coach_id, number, status, starts_on, ends_on, location, purpose, summary)
  select p.program_year_id, p.state_code, p.coach_id, v.number,
    (case when d.day < ${today} then 'completed' else 'scheduled' end)::visit_status, d.day, d.day + 1,
    'State capitol', 'Meet the state team and employer partners', ${quote(LOREM)}
  from pairings p
  cross join (values (1, 4), (2, 8)) v(number, m)
  cross join lateral (select (p.starts_on + make_interval(months => v.m, days => 9))::date as day) d;

insert into assessments (program_year_id, state_code, instrument_id, kind, status, started_on, completed_on)
  select p.program_year_id, p.state_code, ${quote(instrumentId)}, a.kind::assessment_kind,
    (case when d.done < ${today} then 'completed' else 'in_progress' end)::assessment_status,
    d.started, case when d.done < ${today} then d.done end
  from pairings p
  cross join (values ('baseline', 2, 24), ('reassessment', 11, 19)) a(kind, m, days)
  cross join lateral (select (p.starts_on + make_interval(months => a.m))::date as started,
                             (p.starts_on + make_interval(months => a.m, days => a.days))::date as done) d;
insert into assessment_responses (assessment_id, indicator_id, rating, evidence, priority)
  select a.id, i.id, 1 + (abs(hashtext(a.id::text || i.id::text)) % 4), 'Evidence noted with the coach', abs(hashtext(i.id::text || a.id::text)) % 5 = 0
  from assessments a cross join indicators i join domains dm on dm.id = i.domain_id where dm.instrument_id = ${quote(instrumentId)};

-- A plan per state and year: a goal per domain, 30 milestones, 3 status updates each.
insert into plans (program_year_id, state_code, title, vision)
  select p.program_year_id, p.state_code, 'Career pathways plan', 'Every learner on a pathway to a good job' from pairings p;
insert into goals (plan_id, domain_id, title, position)
  select pl.id, dm.id, dm.title, dm.position from plans pl cross join domains dm where dm.instrument_id = ${quote(instrumentId)};
create temp table bench_milestone as
  select g.id as goal_id, k, g.position * 1000 + k as n,
    (y.starts_on + make_interval(months => 3 + (g.position * 5 + k) % 9, days => 14))::date as due_on,
    (y.starts_on + make_interval(months => 3))::timestamptz as created_at
  from goals g join plans pl on pl.id = g.plan_id join program_years y on y.id = pl.program_year_id
  cross join generate_series(0, 30 / (select count(*)::int from domains where instrument_id = ${quote(instrumentId)}) - 1) k;
insert into milestones (goal_id, title, owner_name, due_on, status, completed_on, position, created_at, updated_at)
  select goal_id, 'Milestone ' || (k + 1), 'State team', due_on, s.status::milestone_status,
    case when s.status = 'completed' then due_on end, k, created_at, created_at
  from bench_milestone
  cross join lateral (select case
    when due_on < ${today} then (case when n % 10 < 7 then 'completed' when n % 10 < 9 then 'in_progress' else 'at_risk' end)
    else (case when n % 3 = 0 then 'in_progress' else 'not_started' end) end as status) s;
insert into milestone_updates (milestone_id, old_status, new_status, comment, created_at)
  select m.id, u.old_status::milestone_status, coalesce(u.new_status, m.status::text)::milestone_status, u.comment,
    m.created_at + make_interval(days => u.step * 20)
  from milestones m
  cross join (values (0, null, 'not_started', 'Added to the plan'), (1, 'not_started', 'in_progress', 'Work started'),
                     (2, 'in_progress', null, 'Reviewed at the monthly call')) u(step, old_status, new_status, comment);
`;
}
