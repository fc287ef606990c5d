/**
 * Presenters: records in, calendar entries out. What a calendar shows is decided here, in one place;
 * coach-only notes and visit notes are never read, so a feed is safe to share with a state team's devices.
 */
import type { Role } from '../../domain/access.ts';
import { zonedSpan } from '../../domain/calendar-time.ts';
import type { CalendarEntry, EntryTime } from '../../lib/icalendar.ts';
import type { FeedCallRow, FeedEventRow, FeedMilestoneRow, FeedVisitRow } from './calendar.queries.ts';

/** Events belong to no state; the project schedules them in Central time (the regional meeting is in Chicago). */
export const EVENT_TIME_ZONE = 'America/Chicago';
/** A call without a length is booked for an hour, the usual monthly call. */
const DEFAULT_CALL_MINUTES = 60;
const UID_DOMAIN = 'coaching-tracker';

const uid = (kind: string, id: string) => `${kind}-${id}@${UID_DOMAIN}`;
const words = (snake: string) => snake.charAt(0).toUpperCase() + snake.slice(1).replaceAll('_', ' ');
const hhmm = (clock: string) => clock.slice(0, 5);

function timeOf(day: string, clock: string | null, minutes: number | null, zone: string, lastDay = day): EntryTime {
  if (!clock) return { allDay: true, startsOn: day, endsOn: lastDay };
  return { allDay: false, ...zonedSpan(day, clock, minutes ?? DEFAULT_CALL_MINUTES, zone) };
}

/** The description's closing line: the link back to the record, also carried in URL for clients that show it. */
const describe = (lines: (string | null | false | undefined)[], url: string) =>
  [...lines.filter((line): line is string => Boolean(line)), '', `Open in the Coaching Tracker: ${url}`].join('\n');

const cancelledPrefix = (status: string) => (status === 'cancelled' ? 'Cancelled: ' : '');
const stamps = (row: { updatedAt: string; version: number }) => ({ lastModified: new Date(row.updatedAt), sequence: row.version - 1 });

const callKindLabel = { planning: 'Planning call', full_team: 'Full-team call' } as const;

export function callEntry({ call, stateName, timeZone, coachName }: FeedCallRow, origin: string): CalendarEntry {
  const url = `${origin}/calls/${call.id}`;
  return {
    uid: uid('call', call.id),
    time: timeOf(call.date, call.startTime, call.durationMinutes, timeZone),
    summary: `${cancelledPrefix(call.status)}${callKindLabel[call.kind]} — ${stateName}`,
    description: describe(
      [
        `${callKindLabel[call.kind]} with the ${stateName} team (${words(call.status).toLowerCase()}).`,
        coachName && `Coach: ${coachName}`,
        call.startTime && `Time: ${hhmm(call.startTime)} ${timeZone}, ${call.durationMinutes ?? DEFAULT_CALL_MINUTES} minutes`,
        call.agenda && `\nAgenda:\n${call.agenda}`,
      ],
      url,
    ),
    url,
    status: call.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: ['Coaching call'],
    ...stamps(call),
  };
}

const visitStatus = { proposed: 'TENTATIVE', scheduled: 'CONFIRMED', completed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

/** Only dated visits reach here (an undated proposal has nothing to put on a calendar). */
export function visitEntry({ visit, stateName, coachName }: FeedVisitRow, origin: string): CalendarEntry {
  const url = `${origin}/site-visits/${visit.id}`;
  const startsOn = visit.startsOn as string;
  return {
    uid: uid('site-visit', visit.id),
    time: { allDay: true, startsOn, endsOn: visit.endsOn ?? startsOn },
    summary: `${cancelledPrefix(visit.status)}Site visit ${visit.number} — ${stateName}`,
    description: describe(
      [
        `Site visit ${visit.number} to ${stateName} (${words(visit.status).toLowerCase()}).`,
        coachName && `Coach: ${coachName}`,
        visit.purpose && `\nPurpose:\n${visit.purpose}`,
        visit.participants.length > 0 && `Participants: ${visit.participants.join(', ')}`,
      ],
      url,
    ),
    location: visit.location || undefined,
    url,
    status: visitStatus[visit.status],
    categories: ['Site visit'],
    ...stamps(visit),
  };
}

/** Staff open an event in administration; everyone else sees events on the timeline. */
const eventPath = (id: string, role: Role) => (role === 'staff' ? `/admin/events/${id}` : '/timeline');

export function eventEntry(event: FeedEventRow, origin: string, role: Role): CalendarEntry {
  const url = `${origin}${eventPath(event.id, role)}`;
  return {
    uid: uid('event', event.id),
    time: timeOf(event.date, event.startTime, event.durationMinutes, EVENT_TIME_ZONE),
    summary: event.title,
    description: describe([`${words(event.kind)} for all state teams.`, event.description], url),
    location: event.location || (event.virtual ? 'Online' : undefined),
    url,
    status: 'CONFIRMED',
    categories: [words(event.kind)],
    ...stamps(event),
  };
}

export function milestoneEntry({ milestone, goalTitle, stateCode, stateName }: FeedMilestoneRow, origin: string): CalendarEntry {
  const url = `${origin}/states/${stateCode}`;
  return {
    uid: uid('milestone', milestone.id),
    time: { allDay: true, startsOn: milestone.dueOn, endsOn: milestone.dueOn },
    summary: `${milestone.status === 'completed' ? 'Done: ' : 'Due: '}${milestone.title} (${stateCode})`,
    description: describe(
      [
        `Milestone of the ${stateName} plan, goal “${goalTitle}”.`,
        `Status: ${words(milestone.status).toLowerCase()}`,
        milestone.ownerName && `Owner: ${milestone.ownerName}`,
      ],
      url,
    ),
    url,
    status: 'CONFIRMED',
    categories: ['Milestone'],
    ...stamps(milestone),
  };
}
