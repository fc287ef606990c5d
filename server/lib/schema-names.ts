/**
 * Names the schemas the route modules export after their export names (`Call`, `CallCreate`, `CallList`), so that
 * the OpenAPI document lists them under components.schemas and a generated client has named types. The list of
 * modules is written out (the server is bundled, and a bundle cannot import a folder); a test checks that it
 * holds every `*.schemas.ts`.
 */
import { ErrorBody } from './schemas.ts';
import * as actionItems from '../modules/action-items/action-items.schemas.ts';
import * as agenda from '../modules/agenda/agenda.schemas.ts';
import * as assessments from '../modules/assessments/assessments.schemas.ts';
import * as auth from '../modules/auth/auth.schemas.ts';
import * as calendar from '../modules/calendar/calendar.schemas.ts';
import * as calls from '../modules/calls/calls.schemas.ts';
import * as events from '../modules/events/events.schemas.ts';
import * as goals from '../modules/goals/goals.schemas.ts';
import * as instruments from '../modules/instruments/instruments.schemas.ts';
import * as mentoring from '../modules/mentoring/mentoring.schemas.ts';
import * as milestones from '../modules/milestones/milestones.schemas.ts';
import * as pairings from '../modules/pairings/pairings.schemas.ts';
import * as participations from '../modules/participations/participations.schemas.ts';
import * as planComments from '../modules/plan-comments/plan-comments.schemas.ts';
import * as plans from '../modules/plans/plans.schemas.ts';
import * as playbook from '../modules/playbook/playbook.schemas.ts';
import * as programYears from '../modules/program-years/program-years.schemas.ts';
import * as rollover from '../modules/program-years/rollover.schemas.ts';
import * as progress from '../modules/progress/progress.schemas.ts';
import * as reports from '../modules/reports/reports.schemas.ts';
import * as search from '../modules/search/search.schemas.ts';
import * as siteVisits from '../modules/site-visits/site-visits.schemas.ts';
import * as states from '../modules/states/states.schemas.ts';
import * as teamMembers from '../modules/team-members/team-members.schemas.ts';
import * as users from '../modules/users/users.schemas.ts';

export const schemaModules: Record<string, Record<string, unknown>> = { actionItems, agenda, assessments, auth, calendar, calls, events, goals, instruments, mentoring, milestones, pairings, participations, planComments, plans, playbook, programYears, rollover, progress, reports, search, siteVisits, states, teamMembers, users };

type Namable = { title?: string; type?: unknown; anyOf?: unknown };
const isSchema = (value: unknown): value is Namable => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Gives each exported object, list or union schema its export name as its title, unless it has one. Run once, at start. */
export function nameExportedSchemas(): Map<string, unknown> {
  const named = new Map<string, unknown>();
  for (const exports of [...Object.values(schemaModules), { ErrorBody }]) {
    for (const [name, value] of Object.entries(exports)) {
      if (!/^[A-Z]/.test(name) || !isSchema(value) || value.title) continue;
      // What a client wants a name for; not a lone string or number.
      if (value.type !== 'object' && value.type !== 'array' && !('anyOf' in value)) continue;
      if (named.has(name)) continue; // two modules' schemas of one name: the first keeps it
      named.set(name, value);
      value.title = name;
    }
  }
  return named;
}
