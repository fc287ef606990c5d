import { sql } from 'drizzle-orm';
import { check, char, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { domains } from './assessments.ts';
import { createdNow, id, timestamps } from './columns.ts';
import { states, users } from './people.ts';
import { searchVector } from './search-text.ts';
import { programYears } from './program-years.ts';

export const milestoneStatus = pgEnum('milestone_status', ['not_started', 'in_progress', 'completed', 'at_risk', 'deferred']);

/** The state's customised project plan: one per state and year. */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    programYearId: uuid('program_year_id')
      .notNull()
      .references(() => programYears.id, { onDelete: 'cascade' }),
    stateCode: char('state_code', { length: 2 })
      .notNull()
      .references(() => states.code, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    vision: text('vision').notNull().default(''),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plans_year_state_unique').on(t.programYearId, t.stateCode)],
);

/** A goal, tied where it can be to an assessment domain that the state marked a priority. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    domainId: uuid('domain_id').references(() => domains.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('goals_plan_idx').on(t.planId)],
);

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: milestoneStatus('status').notNull().default('not_started'),
    completedOn: date('completed_on', { mode: 'string' }),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('milestones_completed', sql`(${t.status} = 'completed') = (${t.completedOn} is not null)`),
    index('milestones_goal_idx').on(t.goalId),
    index('milestones_owner_idx').on(t.ownerId),
  ],
);

/** Every status change or comment on a milestone, newest last. */
export const milestoneUpdates = pgTable(
  'milestone_updates',
  {
    id: id(),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => milestones.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdNow('created_at'),
    oldStatus: milestoneStatus('old_status'),
    newStatus: milestoneStatus('new_status').notNull(),
    comment: text('comment').notNull().default(''),
    evidenceUrl: text('evidence_url'),
  },
  (t) => [
    index('milestone_updates_milestone_idx').on(t.milestoneId, t.createdAt),
    index('milestone_updates_search_idx').using('gin', searchVector(t.comment)),
  ],
);

/** A coach's comment on a plan (coaches comment; they do not write the plan). */
export const planComments = pgTable(
  'plan_comments',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    milestoneId: uuid('milestone_id').references(() => milestones.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdNow('created_at'),
  },
  (t) => [
    index('plan_comments_plan_idx').on(t.planId),
    check('plan_comments_body', sql`length(${t.body}) > 0`),
    index('plan_comments_search_idx').using('gin', searchVector(t.body)),
  ],
);
