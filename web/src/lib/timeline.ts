/** The timeline view's reading of a year's activities against today. */
import { daysBetween } from './format.ts';
import { activityKindLabel, humanize } from './labels.ts';
import type { TimelineActivity } from './types.ts';

export type ActivityState = 'done' | 'current' | 'upcoming';

export function activityState(activity: TimelineActivity, today: string): ActivityState {
  if (daysBetween(activity.endsOn, today) > 0) return 'done';
  if (daysBetween(activity.startsOn, today) >= 0) return 'current';
  return 'upcoming';
}

export const activityStateLabel: Record<ActivityState, string> = { done: 'Finished', current: 'Under way', upcoming: 'Coming up' };

/** Activities in the order they start, longer ones first on the same day. */
export function orderActivities(activities: TimelineActivity[]): TimelineActivity[] {
  return [...activities].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || b.endsOn.localeCompare(a.endsOn));
}

/** The activities as CSV, in the order the table shows them. */
export function timelineCsvRows(activities: TimelineActivity[], today: string): (string | number | null)[][] {
  return [
    ['Activity', 'Kind', 'Starts', 'Ends', 'Due', 'Required', 'Status'],
    ...activities.map((a) => [
      a.title,
      activityKindLabel[a.kind] ?? humanize(a.kind),
      a.startsOn,
      a.endsOn,
      a.dueOn,
      a.requiredCount,
      activityStateLabel[activityState(a, today)],
    ]),
  ];
}
