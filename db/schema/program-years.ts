import { sql } from 'drizzle-orm';
import { boolean, check, char, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { states, users } from './people.ts';

export const activityKind = pgEnum('activity_kind', [
  'kickoff',
  'first_call',
  'assessment',
  'plan',
  'regional_meeting',
  'monthly_calls',
  'peer_mentoring',
  'site_visits',
  'webinars',
  'reassessment',
  'other',
]);
export const participationTier = pgEnum('participation_tier', ['intensive', 'light_touch']);

/** One cohort's year; its dates and activities are data so that the next cohort can differ. */
export const programYears = pgTable(
  'program_years',
  {
    id: id(),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('program_years_name_unique').on(t.name), check('program_years_dates', sql`${t.endsOn} > ${t.startsOn}`)],
);

/** A row of the kick-off deck's timeline: a window, and for checkpoints the day it is due. */
export const timelineActivities = pgTable(
  'timeline_activities',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    kind: activityKind('kind').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    /** How many completions the rule asks for (two site visits). */
    requiredCount: integer('required_count').notNull().default(1),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('timeline_activities_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('timeline_activities_required', sql`${t.requiredCount} >= 1`),
    index('timeline_activities_year_idx').on(t.programYearId),
  ],
);

/** Which states take part in a year, and how. */
export const participations = pgTable(
  'participations',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    tier: participationTier('tier').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('participations_year_state_unique').on(t.programYearId, t.stateCode)],
);

/** The people on a state's team for a year; a member may or may not have an account. */
export const teamMembers = pgTable(
  'team_members',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    title: text('title'),
    isLead: boolean('is_lead').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index('team_members_year_state_idx').on(t.programYearId, t.stateCode),
  ],
);

/** A coach paired with a state for part or all of a year; a coach may change mid-year. */
export const pairings = pgTable(
  'pairings',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    check('pairings_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    index('pairings_coach_idx').on(t.coachId),
    index('pairings_year_state_idx').on(t.programYearId, t.stateCode),
  ],
);
