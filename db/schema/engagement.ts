import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  char,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  time,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { searchVector } from './search-text.ts';
import { states, users } from './people.ts';
import { programYears } from './program-years.ts';

export const callKind = pgEnum('call_kind', ['planning', 'full_team']);
export const callStatus = pgEnum('call_status', ['scheduled', 'held', 'cancelled']);
export const visitStatus = pgEnum('visit_status', ['proposed', 'scheduled', 'completed', 'cancelled']);
export const eventKind = pgEnum('event_kind', ['kickoff', 'regional_meeting', 'webinar', 'other']);
export const attendanceStatus = pgEnum('attendance_status', ['attended', 'absent', 'excused']);

/** A monthly coaching call: the planning call with the team lead, or the full-team call. */
export const calls = pgTable(
  'calls',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    coachId: uuid('coach_id').references(() => users.id, { onDelete: 'set null' }),
    kind: callKind('kind').notNull(),
    status: callStatus('status').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time'),
    durationMinutes: integer('duration_minutes'),
    attendees: text('attendees').array().notNull().default(sql`'{}'::text[]`),
    agenda: text('agenda').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** The critical friend's private observations: never shown or exported to state users. */
    coachNotes: text('coach_notes').notNull().default(''),
    progress: text('progress').notNull().default(''),
    challenges: text('challenges').notNull().default(''),
    resourcesShared: text('resources_shared').notNull().default(''),
    smeRequests: text('sme_requests').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    check('calls_duration', sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 600`),
    index('calls_year_state_date_idx').on(t.programYearId, t.stateCode, t.date),
    index('calls_coach_idx').on(t.coachId),
    index('calls_search_idx').using('gin', searchVector(t.agenda, t.notes, t.progress, t.challenges, t.smeRequests)),
    index('calls_coach_notes_search_idx').using('gin', searchVector(t.coachNotes)),
  ],
);

/** Two per state and year, numbered 1 and 2. */
export const siteVisits = pgTable(
  'site_visits',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    coachId: uuid('coach_id').references(() => users.id, { onDelete: 'set null' }),
    number: integer('number').notNull(),
    status: visitStatus('status').notNull(),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    location: text('location').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    participants: text('participants').array().notNull().default(sql`'{}'::text[]`),
    summary: text('summary').notNull().default(''),
    coachNotes: text('coach_notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    check('site_visits_number', sql`${t.number} in (1, 2)`),
    check('site_visits_dates', sql`${t.endsOn} is null or (${t.startsOn} is not null and ${t.endsOn} >= ${t.startsOn})`),
    check('site_visits_dated_when_done', sql`${t.status} not in ('scheduled', 'completed') or ${t.startsOn} is not null`),
    uniqueIndex('site_visits_year_state_number_unique')
      .on(t.programYearId, t.stateCode, t.number)
      .where(sql`${t.status} <> 'cancelled'`),
    index('site_visits_year_state_idx').on(t.programYearId, t.stateCode),
    index('site_visits_search_idx').using('gin', searchVector(t.purpose, t.summary)),
    index('site_visits_coach_notes_search_idx').using('gin', searchVector(t.coachNotes)),
  ],
);

/** A next step from a call or a visit follow-up. */
export const actionItems = pgTable(
  'action_items',
  {
    id: id(),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    callId: uuid('call_id').references(() => calls.id, { onDelete: 'cascade' }),
    siteVisitId: uuid('site_visit_id').references(() => siteVisits.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('action_items_one_parent', sql`(${t.callId} is null) <> (${t.siteVisitId} is null)`),
    check('action_items_description', sql`length(${t.description}) > 0`),
    index('action_items_call_idx').on(t.callId),
    index('action_items_visit_idx').on(t.siteVisitId),
    index('action_items_state_idx').on(t.stateCode),
    index('action_items_search_idx').using('gin', searchVector(t.description, t.owner)),
  ],
);

/** Kick-off, regional meetings and webinars, with attendance per state. */
export const events = pgTable(
  'events',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    kind: eventKind('kind').notNull(),
    title: text('title').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time'),
    durationMinutes: integer('duration_minutes'),
    location: text('location').notNull().default(''),
    virtual: boolean('virtual').notNull().default(false),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    check('events_duration', sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 4320`),
    index('events_year_date_idx').on(t.programYearId, t.date),
  ],
);

export const eventAttendance = pgTable(
  'event_attendance',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    status: attendanceStatus('status').notNull(),
    attendees: integer('attendees').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('event_attendance_unique').on(t.eventId, t.stateCode),
    check('event_attendance_count', sql`${t.attendees} >= 0`),
  ],
);

/** Two states paired for peer mentoring in a year; stored with the codes in order so a pair is unique. */
export const mentoringPairs = pgTable(
  'mentoring_pairs',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateA: char('state_a', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    stateB: char('state_b', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    focus: text('focus').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    check('mentoring_pairs_order', sql`${t.stateA} < ${t.stateB}`),
    uniqueIndex('mentoring_pairs_unique').on(t.programYearId, t.stateA, t.stateB),
  ],
);

export const mentoringExchanges = pgTable(
  'mentoring_exchanges',
  {
    id: id(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    ...timestamps(),
  },
  (t) => [index('mentoring_exchanges_pair_idx').on(t.pairId)],
);
