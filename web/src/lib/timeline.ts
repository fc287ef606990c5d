/** The timeline view's reading of a year's activities against today. */
import { daysBetween } from './format.ts';
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
