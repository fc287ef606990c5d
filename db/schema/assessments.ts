import { sql } from 'drizzle-orm';
import { boolean, check, char, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { states } from './people.ts';
import { programYears } from './program-years.ts';
import { searchVector } from './search-text.ts';

export const assessmentKind = pgEnum('assessment_kind', ['baseline', 'reassessment']);
export const assessmentStatus = pgEnum('assessment_status', ['in_progress', 'completed']);

/** A versioned readiness instrument; a new version is a new row so past assessments keep their questions. */
export const instruments = pgTable(
  'instruments',
  {
    id: id(),
    name: text('name').notNull(),
    revision: integer('revision').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [uniqueIndex('instruments_name_revision_unique').on(t.name, t.revision), check('instruments_revision', sql`${t.revision} >= 1`)],
);

export const domains = pgTable(
  'domains',
  {
    id: id(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('domains_instrument_key_unique').on(t.instrumentId, t.key)],
);

export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    domainId: uuid('domain_id')
      .notNull()
      .references(() => domains.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('indicators_domain_key_unique').on(t.domainId, t.key)],
);

export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id, { onDelete: 'restrict' }),
    kind: assessmentKind('kind').notNull(),
    status: assessmentStatus('status').notNull().default('in_progress'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('assessments_year_state_kind_unique').on(t.programYearId, t.stateCode, t.kind),
    check('assessments_completed', sql`(${t.status} = 'completed') = (${t.completedOn} is not null)`),
    check('assessments_dates', sql`${t.completedOn} is null or ${t.completedOn} >= ${t.startedOn}`),
    index('assessments_state_idx').on(t.stateCode),
  ],
);

/** One indicator's rating: 1 not started, 2 emerging, 3 developing, 4 established. */
export const assessmentResponses = pgTable(
  'assessment_responses',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'restrict' }),
    rating: integer('rating').notNull(),
    evidence: text('evidence').notNull().default(''),
    priority: boolean('priority').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    check('assessment_responses_rating', sql`${t.rating} between 1 and 4`),
    uniqueIndex('assessment_responses_unique').on(t.assessmentId, t.indicatorId),
    index('assessment_responses_search_idx').using('gin', searchVector(t.evidence)),
  ],
);
