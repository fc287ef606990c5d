/** The words the dashboard uses for the API's enumerations, in one place. */
import type { CallStatus, CheckpointStatus, Health, Role } from './types.ts';

export const roleLabel: Record<Role, string> = {
  staff: 'TA project staff',
  coach: 'Coach',
  state_lead: 'State lead',
  state_member: 'State team member',
};

export const healthLabel: Record<Health, string> = {
  on_track: 'On track',
  needs_attention: 'Needs attention',
  behind: 'Behind',
};

export const callStatusLabel: Record<CallStatus, string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  missed: 'Missed',
  due: 'Due',
  upcoming: 'Upcoming',
  not_required: 'No call required',
};

/** What each call status means, for the legend and screen readers. */
export const callStatusMeaning: Record<CallStatus, string> = {
  held: 'a coaching call was held',
  scheduled: 'a call is scheduled, none held yet',
  missed: 'the month passed without a held call',
  due: 'this month, no call held or scheduled yet',
  upcoming: 'a month still to come',
  not_required: 'no call required this month',
};

export const checkpointStatusLabel: Record<CheckpointStatus, string> = {
  met: 'met',
  met_late: 'met late',
  pending: 'not yet due',
  overdue: 'overdue',
};

/** Checkpoint kinds (timeline activities with a due date) in a month cell: short, and in full. */
const checkpointShort: Record<string, string> = {
  assessment: 'Baseline',
  reassessment: 'Reassess',
  plan: 'Plan',
  site_visits: 'Visits',
};
const checkpointLong: Record<string, string> = {
  assessment: 'Baseline readiness assessment',
  reassessment: 'Year-end reassessment',
  plan: 'Project plan with goals and milestones',
  site_visits: 'Two site visits completed',
};
export const checkpointShortLabel = (kind: string) => checkpointShort[kind] ?? humanize(kind);
export const checkpointLongLabel = (kind: string) => checkpointLong[kind] ?? humanize(kind);

export const visitStatusLabel: Record<string, string> = {
  proposed: 'proposed',
  scheduled: 'scheduled',
  completed: 'completed',
  cancelled: 'cancelled',
};

export const tierLabel = (tier: string) => (tier === 'light_touch' ? 'Light touch' : tier === 'intensive' ? 'Intensive' : humanize(tier));

/** Timeline activity kinds, grouped into the few families the chart colours. */
export const activityKindLabel: Record<string, string> = {
  kickoff: 'Kick-off meeting',
  first_call: 'First coaching call',
  assessment: 'Readiness assessment',
  plan: 'Project plan',
  regional_meeting: 'Regional meeting',
  monthly_calls: 'Monthly coaching calls',
  peer_mentoring: 'Peer mentoring',
  site_visits: 'Site visits',
  webinars: 'Quarterly webinars',
  reassessment: 'Reassessment',
  other: 'Other',
};

export type ActivityFamily = 'event' | 'coaching' | 'assessment' | 'plan' | 'visit' | 'peer' | 'other';

export const activityFamily = (kind: string): ActivityFamily =>
  (
    ({
      kickoff: 'event',
      regional_meeting: 'event',
      webinars: 'event',
      first_call: 'coaching',
      monthly_calls: 'coaching',
      assessment: 'assessment',
      reassessment: 'assessment',
      plan: 'plan',
      site_visits: 'visit',
      peer_mentoring: 'peer',
    }) as Record<string, ActivityFamily>
  )[kind] ?? 'other';

export const activityFamilyLabel: Record<ActivityFamily, string> = {
  event: 'Meetings and webinars',
  coaching: 'Coaching calls',
  assessment: 'Assessment',
  plan: 'Project plan',
  visit: 'Site visits',
  peer: 'Peer mentoring',
  other: 'Other',
};

export function humanize(value: string): string {
  const words = value.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
