/**
 * The state side's rules on the browser (pure, so test/unit/plan-web.test.ts runs them in Node): words for
 * milestone statuses, the status a milestone most likely moves to next, what is due next or overdue, who may
 * do what with a plan, which program year is "current", the calls and visits of a state as one dated log,
 * and the plan as CSV. What is overdue is the API's call (`overdue`); nothing here second-guesses it.
 */
import type { Call, CallKind, CallRecordStatus } from './api-calls.ts';
import type { MilestoneStatus, Plan, PlanGoal, PlanMilestone } from './api-plans.ts';
import type { SiteVisit, VisitStatus } from './api-site-visits.ts';
import { daysBetween, dayOfTimestamp } from './format.ts';
import type { Me, Role } from './types.ts';

// ---- milestone statuses ----

export const milestoneStatuses: MilestoneStatus[] = ['not_started', 'in_progress', 'at_risk', 'completed', 'deferred'];

export const milestoneStatusLabel: Record<MilestoneStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  at_risk: 'At risk',
  deferred: 'Deferred',
};

/** The badge tone (app.css .badge.<tone>) of each status; the word and icon always come with it. */
export const milestoneStatusTone: Record<MilestoneStatus, 'quiet' | 'info' | 'ok' | 'warn'> = {
  not_started: 'quiet',
  in_progress: 'info',
  completed: 'ok',
  at_risk: 'warn',
  deferred: 'quiet',
};

/** Icon names from Icon.svelte: a dashed circle, a clock, a tick, a warning sign, a dash. */
export const milestoneStatusIcon: Record<MilestoneStatus, 'upcoming' | 'scheduled' | 'held' | 'attention' | 'none'> = {
  not_started: 'upcoming',
  in_progress: 'scheduled',
  completed: 'held',
  at_risk: 'attention',
  deferred: 'none',
};

/**
 * The status the update form starts on: the step a milestone usually takes next. Not started → in
 * progress → completed; at risk or deferred → back in progress; a completed one stays completed (the
 * update then adds a comment or evidence).
 */
export function nextStatus(status: MilestoneStatus): MilestoneStatus {
  switch (status) {
    case 'not_started':
      return 'in_progress';
    case 'in_progress':
      return 'completed';
    case 'at_risk':
    case 'deferred':
      return 'in_progress';
    case 'completed':
      return 'completed';
  }
}

export const isOpen = (milestone: { status: MilestoneStatus }) => milestone.status !== 'completed' && milestone.status !== 'deferred';

/** "Not started → In progress", or "Added as Not started" for the first entry. */
export function describeChange(oldStatus: MilestoneStatus | null, newStatus: MilestoneStatus): string {
  if (oldStatus === null) return `Added as ${milestoneStatusLabel[newStatus]}`;
  if (oldStatus === newStatus) return `${milestoneStatusLabel[newStatus]} (no change)`;
  return `${milestoneStatusLabel[oldStatus]} → ${milestoneStatusLabel[newStatus]}`;
}

/** An evidence link the API accepts: http or https, no spaces (mirrors EvidenceUrl in milestones.schemas.ts). */
export const isEvidenceLink = (value: string) => /^https?:\/\/\S+$/i.test(value.trim());

// ---- what is due ----

export interface MilestoneWithGoal extends PlanMilestone {
  goalTitle: string;
}

export const milestonesOf = (plan: Plan): MilestoneWithGoal[] =>
  plan.goals.flatMap((goal) => goal.milestones.map((milestone) => ({ ...milestone, goalTitle: goal.title })));

const byDue = (a: { dueOn: string; title: string }, b: { dueOn: string; title: string }) =>
  a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title);

/**
 * What the state team should look at first: open milestones past their due day (the API's `overdue`), and
 * the open ones due within `withinDays` of today (at least the next `atLeast`, so that a quiet month still
 * shows what comes next), each by due day.
 */
export function dueNext(plan: Plan, today: string, withinDays = 30, atLeast = 3): { overdue: MilestoneWithGoal[]; upcoming: MilestoneWithGoal[] } {
  const open = milestonesOf(plan).filter(isOpen).sort(byDue);
  const overdue = open.filter((m) => m.overdue);
  const later = open.filter((m) => !m.overdue);
  const soon = later.filter((m) => daysBetween(today, m.dueOn) <= withinDays);
  return { overdue, upcoming: soon.length >= atLeast ? soon : later.slice(0, atLeast) };
}

/** "due today", "due in 5 days", "3 days overdue", "due tomorrow". */
export function dueIn(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

export function planCounts(plan: Plan) {
  const all = milestonesOf(plan);
  const counted = all.filter((m) => m.status !== 'deferred');
  const completed = all.filter((m) => m.status === 'completed').length;
  return {
    total: all.length,
    completed,
    overdue: all.filter((m) => m.overdue).length,
    atRisk: all.filter((m) => m.status === 'at_risk').length,
    percent: counted.length ? Math.round((completed / counted.length) * 100) : 0,
  };
}

// ---- goals and the assessment's priority areas ----

export interface DomainOption {
  id: string;
  title: string;
  /** The baseline flagged indicators of this domain as priorities for development. */
  priority: boolean;
}

/**
 * The domains a goal can serve: those of the state's baseline (with its priority flags) when there is one,
 * else those of the instrument a new baseline would use.
 */
export function domainOptions(
  baseline: { domainScores: { domainId: string; title: string; priorities: number }[] } | null,
  instrumentDomains: { id: string; title: string }[] = [],
): DomainOption[] {
  if (baseline && baseline.domainScores.length) {
    return baseline.domainScores.map((d) => ({ id: d.domainId, title: d.title, priority: d.priorities > 0 }));
  }
  return instrumentDomains.map((d) => ({ id: d.id, title: d.title, priority: false }));
}

// ---- who may do what (the API enforces; the page only hides what a role cannot do) ----

/** Staff and the state lead write the plan: goals, milestones, any milestone's status. */
export const canWritePlan = (role: Role) => role === 'staff' || role === 'state_lead';

/** Staff, the paired coach and the state lead comment on the plan. */
export const canCommentOnPlan = (role: Role) => role === 'staff' || role === 'coach' || role === 'state_lead';

/** Plan writers update any milestone's status; a state member only the milestones they own. */
export const canUpdateMilestone = (me: Pick<Me, 'user'>, milestone: { ownerId: string | null }) =>
  canWritePlan(me.user.role) || (me.user.role === 'state_member' && milestone.ownerId === me.user.id);

/** Staff, coaches (for their paired states, which are the only ones they see) and the state lead. */
export const canWriteAssessment = (role: Role) => role === 'staff' || role === 'coach' || role === 'state_lead';

/** A comment's author, or staff, may delete it. */
export const canDeleteComment = (me: Pick<Me, 'user'>, comment: { authorId: string | null }) =>
  me.user.role === 'staff' || (comment.authorId !== null && comment.authorId === me.user.id);

// ---- the program year ----

/** The year whose span holds today; otherwise the latest to start. */
export function currentYear<T extends { startsOn: string; endsOn: string }>(years: T[], today: string): T | null {
  const holding = years.filter((y) => y.startsOn <= today && today <= y.endsOn).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  if (holding.length) return holding[0];
  return [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ?? null;
}

// ---- calls and site visits as one log ----

export const callKindLabel: Record<CallKind, string> = {
  planning: 'Planning call with the team lead',
  full_team: 'Full-team call',
};

export const callRecordStatusLabel: Record<CallRecordStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const visitRecordStatusLabel: Record<VisitStatus, string> = {
  proposed: 'Proposed',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export type ContactEntry =
  | { kind: 'call'; date: string | null; id: string; call: Call }
  | { kind: 'visit'; date: string | null; id: string; visit: SiteVisit };

export type ContactFilter = 'all' | 'calls' | 'visits';

export const readContactFilter = (value: string | null): ContactFilter => (value === 'calls' || value === 'visits' ? value : 'all');

/**
 * Calls and site visits in date order (oldest first, as a year reads); a proposed visit without dates
 * comes last. Ties: a visit after a call on the same day, then by id so the order is stable.
 */
export function contactLog(calls: Call[], visits: SiteVisit[], filter: ContactFilter = 'all'): ContactEntry[] {
  const entries: ContactEntry[] = [
    ...(filter === 'visits' ? [] : calls.map((call) => ({ kind: 'call' as const, date: call.date, id: call.id, call }))),
    ...(filter === 'calls' ? [] : visits.map((visit) => ({ kind: 'visit' as const, date: visit.startsOn, id: visit.id, visit }))),
  ];
  return entries.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date.localeCompare(b.date);
    }
    if (a.kind !== b.kind) return a.kind === 'call' ? -1 : 1;
    return a.id.localeCompare(b.id);
  });
}

/** The log as CSV rows (coach-only notes only when the API sent them, i.e. for staff and coaches). */
export function contactCsvRows(entries: ContactEntry[]): (string | number | null)[][] {
  const withCoachNotes = entries.some((e) => (e.kind === 'call' ? e.call.coachNotes : e.visit.coachNotes) !== undefined);
  const header = ['Date', 'End date', 'Kind', 'Status', 'Coach', 'People', 'Agenda or purpose', 'Notes or summary', 'Progress', 'Challenges', 'Next steps and follow-ups'];
  if (withCoachNotes) header.push('Coach-only notes');
  const steps = (items: { description: string; owner: string; dueOn: string | null; done: boolean }[]) =>
    items.map((i) => `${i.done ? '[done] ' : ''}${i.description}${i.owner ? ` (${i.owner})` : ''}${i.dueOn ? ` due ${i.dueOn}` : ''}`).join('; ');
  const rows = entries.map((entry) => {
    const row: (string | number | null)[] =
      entry.kind === 'call'
        ? [
            entry.call.date,
            '',
            callKindLabel[entry.call.kind],
            callRecordStatusLabel[entry.call.status],
            entry.call.coachName ?? '',
            entry.call.attendees.join('; '),
            entry.call.agenda,
            entry.call.notes,
            entry.call.progress,
            entry.call.challenges,
            steps(entry.call.actionItems),
          ]
        : [
            entry.visit.startsOn ?? '',
            entry.visit.endsOn ?? '',
            `Site visit ${entry.visit.number}`,
            visitRecordStatusLabel[entry.visit.status],
            entry.visit.coachName ?? '',
            entry.visit.participants.join('; '),
            entry.visit.purpose,
            entry.visit.summary,
            '',
            '',
            steps(entry.visit.followUps),
          ];
    if (withCoachNotes) row.push((entry.kind === 'call' ? entry.call.coachNotes : entry.visit.coachNotes) ?? '');
    return row;
  });
  return [header, ...rows];
}

// ---- the plan as CSV ----

/** One line per milestone, with its goal, the priority area it serves, and its latest update. */
export function planCsvRows(plan: Plan): (string | number | null)[][] {
  const header = ['Goal', 'Priority area', 'Milestone', 'Owner', 'Due', 'Status', 'Overdue', 'Completed on', 'Last update', 'Last comment', 'Evidence'];
  const rows = plan.goals.flatMap((goal: PlanGoal) =>
    goal.milestones.map((m) => {
      const latest = m.history[0];
      return [
        goal.title,
        goal.domainTitle ?? '',
        m.title,
        m.ownerName,
        m.dueOn,
        milestoneStatusLabel[m.status],
        m.overdue ? 'yes' : 'no',
        m.completedOn ?? '',
        latest ? dayOfTimestamp(latest.createdAt) : '',
        latest?.comment ?? '',
        latest?.evidenceUrl ?? '',
      ];
    }),
  );
  return [header, ...rows];
}

/** A file-name-safe slug: "Arkansas Career Pathways" → "arkansas-career-pathways". */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
