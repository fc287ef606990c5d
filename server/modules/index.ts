import auditRoutes from './audit/audit.routes.ts';
import authOptionsRoutes from './auth/auth-options.routes.ts';
import authRoutes from './auth/auth.routes.ts';
import callsRoutes from './calls/calls.routes.ts';
import healthRoutes from './health/health.routes.ts';
import progressRoutes from './progress/progress.routes.ts';
import pairingsRoutes from './pairings/pairings.routes.ts';
import participationsRoutes from './participations/participations.routes.ts';
import programYearsRoutes from './program-years/program-years.routes.ts';
import statesRoutes from './states/states.routes.ts';
import teamMembersRoutes from './team-members/team-members.routes.ts';
import usersRoutes from './users/users.routes.ts';
import siteVisitsRoutes from './site-visits/site-visits.routes.ts';
import actionItemsRoutes from './action-items/action-items.routes.ts';
import eventsRoutes from './events/events.routes.ts';
import mentoringRoutes from './mentoring/mentoring.routes.ts';
import instrumentsRoutes from './instruments/instruments.routes.ts';
import assessmentsRoutes from './assessments/assessments.routes.ts';
import plansRoutes from './plans/plans.routes.ts';
import goalsRoutes from './goals/goals.routes.ts';
import milestonesRoutes from './milestones/milestones.routes.ts';
import planCommentsRoutes from './plan-comments/plan-comments.routes.ts';
import calendarRoutes from './calendar/calendar.routes.ts';
import playbookRoutes from './playbook/playbook.routes.ts';
import reportsRoutes from './reports/reports.routes.ts';
import searchRoutes from './search/search.routes.ts';
import agendaRoutes from './agenda/agenda.routes.ts';

/** Every route module, in registration order. */
export const modules = [
  healthRoutes,
  authRoutes,
  authOptionsRoutes,
  callsRoutes,
  progressRoutes,
  auditRoutes,
  programYearsRoutes,
  statesRoutes,
  participationsRoutes,
  usersRoutes,
  pairingsRoutes,
  teamMembersRoutes,
  siteVisitsRoutes,
  actionItemsRoutes,
  eventsRoutes,
  mentoringRoutes,
  instrumentsRoutes,
  assessmentsRoutes,
  plansRoutes,
  goalsRoutes,
  milestonesRoutes,
  planCommentsRoutes,
  calendarRoutes,
  playbookRoutes,
  reportsRoutes,
  searchRoutes,
  agendaRoutes,
] as const;
