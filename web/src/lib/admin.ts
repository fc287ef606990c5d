/**
 * The staff administration's rules, pure so that they run in Node tests (test/unit/admin-web.test.ts):
 * which year a page shows, the filters read from the URL, defaults for a new year, the words for what a
 * timeline activity checks, a mid-year handover's days, the attendance grid's rows, the audit trail's
 * before/after as changed fields, and the CSV rows of every list.
 */
import { addDays, format, getYear, parseISO } from 'date-fns';
import type { ApiError } from './api-errors.ts';
import type {
  Activity,
  AdminUser,
  Attendance,
  AttendanceStatus,
  AuditEntry,
  EventKind,
  Exchange,
  MentoringPair,
  Pairing,
  Participation,
  ProgramEvent,
  StateSummary,
  TeamMember,
  Year,
} from './api-admin.ts';
import { formatDay } from './format.ts';
import { activityKindLabel, humanize, roleLabel, tierLabel } from './labels.ts';
import type { ActivityKind, Role, Tier } from './types.ts';

type CsvRow = (string | number | null | undefined)[];

// ---- URL query ----

/** A query string with some keys set or removed (null or ''), for links and `goto`; '' when nothing is left. */
export function queryWith(params: URLSearchParams, patch: Record<string, string | null | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const query = next.toString();
  return query ? `?${query}` : '';
}

/** A trimmed query parameter, or null when absent or blank. */
export function param(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  return value ? value : null;
}

/** Whether a text filter matches any of the fields (case-insensitive); an empty filter matches all. */
export function matchesText(q: string | null | undefined, ...fields: (string | null | undefined)[]): boolean {
  const needle = q?.trim().toLowerCase();
  if (!needle) return true;
  return fields.some((field) => field?.toLowerCase().includes(needle));
}

// ---- days ----

/** Today in the browser's calendar, as an ISO day. */
export const todayIso = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd');

/** The ISO day before or after another. */
export const shiftDay = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

// ---- stale versions ----

/**
 * A stale version: the API answers 412 Precondition Failed ("… was changed by someone else; reload it …",
 * with the record as it is now); older servers answered 409 with the same words.
 */
export function isStale(error: ApiError | null | undefined): boolean {
  if (!error) return false;
  return error.status === 412 || (error.status === 409 && /changed by someone else/i.test(error.message));
}

export const STALE_MESSAGE = 'This record was changed by someone else while you had it open. The latest version is loaded; check it and apply your change again.';

// ---- program years ----

/**
 * The year a page shows: the one the URL names, else the one running today, else the next to start,
 * else the newest. `years` come newest first.
 */
export function pickYear<Y extends Pick<Year, 'id' | 'startsOn' | 'endsOn'>>(years: Y[], wanted: string | null, today: string): Y | null {
  if (years.length === 0) return null;
  const named = wanted ? years.find((y) => y.id === wanted) : undefined;
  if (named) return named;
  const running = years.find((y) => y.startsOn <= today && today <= y.endsOn);
  if (running) return running;
  const upcoming = [...years].filter((y) => y.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return upcoming ?? [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
}

/** "2027–28" for a year that starts in 2027. */
export const cohortLabel = (startYear: number) => `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;

/**
 * A new program year runs August to August, like the kick-off deck's: from 1 August after the latest
 * year's start (or this year's August, when none is set up yet) to 31 August a year later. The API gives a
 * year that starts on 1 August the deck's timeline, which needs the year to run to the end of August.
 */
export function defaultYear(years: Pick<Year, 'startsOn'>[], today: string): { name: string; startsOn: string; endsOn: string } {
  const latest = years.map((y) => getYear(parseISO(y.startsOn))).sort((a, b) => b - a)[0];
  const start = latest !== undefined ? latest + 1 : getYear(parseISO(today));
  return { name: `${cohortLabel(start)} Advancing Career Pathways`, startsOn: `${start}-08-01`, endsOn: `${start + 1}-08-31` };
}

export function filterYears(years: Year[], q: string | null): Year[] {
  return years.filter((y) => matchesText(q, y.name));
}

export function yearsCsvRows(years: Year[]): CsvRow[] {
  return [['Program year', 'Starts', 'Ends'], ...years.map((y) => [y.name, y.startsOn, y.endsOn])];
}

// ---- timeline activities ----

export const activityKinds = Object.keys(activityKindLabel) as ActivityKind[];

/** Activities in date order: by start, then their position, then the longer first. */
export function sortActivities<A extends Pick<Activity, 'startsOn' | 'endsOn' | 'position' | 'title'>>(activities: A[]): A[] {
  return [...activities].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.position - b.position || b.endsOn.localeCompare(a.endsOn) || a.title.localeCompare(b.title),
  );
}

/** What the tracker checks for an activity, in words (the rule its kind drives). */
export function activityRule(activity: Pick<Activity, 'kind' | 'dueOn' | 'requiredCount'>): string {
  const by = activity.dueOn ? ` by ${formatDay(activity.dueOn)}` : '';
  switch (activity.kind) {
    case 'kickoff':
    case 'regional_meeting':
    case 'webinars':
      return 'Attendance per state at the events in the window';
    case 'first_call':
      return 'A held coaching call in the window';
    case 'monthly_calls':
      return 'At least one held coaching call in every month of the window';
    case 'assessment':
      return `Baseline readiness assessment completed${by}`;
    case 'reassessment':
      return `Year-end reassessment completed${by}`;
    case 'plan':
      return `Project plan with goals and milestones${by}`;
    case 'site_visits':
      return `${activity.requiredCount === 1 ? 'One site visit' : `${activity.requiredCount} site visits`} completed${by}`;
    case 'peer_mentoring':
      return 'A mentoring pair, with its exchanges logged';
    default:
      return activity.dueOn ? `Checkpoint due ${formatDay(activity.dueOn)}` : 'Shown on the timeline; nothing checked';
  }
}

export function filterActivities(activities: Activity[], kind: string | null): Activity[] {
  return sortActivities(activities.filter((a) => !kind || a.kind === kind));
}

export function activitiesCsvRows(activities: Activity[]): CsvRow[] {
  return [
    ['Kind', 'Title', 'Starts', 'Ends', 'Due', 'Required', 'Rule checked'],
    ...sortActivities(activities).map((a) => [activityKindLabel[a.kind] ?? a.kind, a.title, a.startsOn, a.endsOn, a.dueOn, a.requiredCount, activityRule(a)]),
  ];
}

// ---- states and tiers ----

/** `tier` filter values: a tier, or `none` for states not taking part in the year. */
export type TierFilter = Tier | 'none' | null;

export function readTierFilter(value: string | null): TierFilter {
  return value === 'intensive' || value === 'light_touch' || value === 'none' ? value : null;
}

export function filterStates(states: StateSummary[], filters: { tier: TierFilter; q: string | null }): StateSummary[] {
  return states.filter((s) => {
    if (filters.tier === 'none' && s.tier) return false;
    if (filters.tier && filters.tier !== 'none' && s.tier !== filters.tier) return false;
    return matchesText(filters.q, s.code, s.name);
  });
}

export const participationLabel = (tier: Tier | null | undefined) => (tier ? tierLabel(tier) : 'Not taking part');

export function statesCsvRows(states: StateSummary[], participations: Participation[], yearName: string): CsvRow[] {
  const tierOf = new Map(participations.map((p) => [p.stateCode, p.tier]));
  return [
    ['Code', 'State', 'Time zone', `Participation in ${yearName}`, 'Coaches'],
    ...states.map((s) => [s.code, s.name, s.timeZone, participationLabel(tierOf.get(s.code) ?? s.tier), (s.coaches ?? []).map((c) => c.name).join('; ')]),
  ];
}

/** US time zones offered for a state (the API takes any IANA name). */
export const usTimeZones = [
  'America/New_York',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Chicago',
  'America/Denver',
  'America/Boise',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
];

// ---- users ----

export const roles: Role[] = ['staff', 'coach', 'state_lead', 'state_member'];

/** State leads and members belong to a state; staff and coaches to none. */
export const roleNeedsState = (role: Role) => role === 'state_lead' || role === 'state_member';

export interface UserFilters {
  role: Role | null;
  state: string | null;
  q: string | null;
  /** active (default), inactive or all. */
  status: 'active' | 'inactive' | 'all';
}

export function readUserFilters(params: URLSearchParams): UserFilters {
  const role = param(params, 'role');
  const status = param(params, 'status');
  return {
    role: roles.includes(role as Role) ? (role as Role) : null,
    state: param(params, 'state')?.toUpperCase() ?? null,
    q: param(params, 'q'),
    status: status === 'inactive' || status === 'all' ? status : 'active',
  };
}

export function filterUsers(users: AdminUser[], filters: UserFilters): AdminUser[] {
  return users
    .filter(
      (u) =>
        (!filters.role || u.role === filters.role) &&
        (!filters.state || u.stateCode === filters.state) &&
        (filters.status === 'all' || u.active === (filters.status === 'active')) &&
        matchesText(filters.q, u.name, u.email),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function usersCsvRows(users: AdminUser[]): CsvRow[] {
  return [
    ['Name', 'Email', 'Role', 'State', 'Status'],
    ...users.map((u) => [u.name, u.email, roleLabel[u.role], u.stateCode, u.active ? 'Active' : 'Deactivated']),
  ];
}

/** What the API needs from the user form: a state only for state roles. */
export function userStateFor(role: Role, stateCode: string): string | null {
  return roleNeedsState(role) && stateCode ? stateCode : null;
}

// ---- pairings ----

export function filterPairings(pairings: Pairing[], filters: { state: string | null; coach: string | null }): Pairing[] {
  return pairings
    .filter((p) => (!filters.state || p.stateCode === filters.state) && (!filters.coach || p.coachId === filters.coach))
    .sort((a, b) => a.stateCode.localeCompare(b.stateCode) || a.startsOn.localeCompare(b.startsOn));
}

/** Whether a pairing is in force on a day (an open end runs to the year's end). */
export const pairingActiveOn = (p: Pick<Pairing, 'startsOn' | 'endsOn'>, day: string) => p.startsOn <= day && (!p.endsOn || day <= p.endsOn);

/**
 * A mid-year handover: the current pairing ends the day before the new coach starts, so that the two do
 * not overlap (the API allows one coach at a time).
 */
export function handoverDays(handoverOn: string): { endsOn: string; startsOn: string } {
  return { endsOn: shiftDay(handoverOn, -1), startsOn: handoverOn };
}

/** The handover day must fall after the pairing starts and within it, so that the old pairing keeps a day. */
export function handoverProblem(pairing: Pick<Pairing, 'startsOn' | 'endsOn'>, handoverOn: string): string | null {
  if (!handoverOn) return 'Choose the day the new coach starts.';
  if (handoverOn <= pairing.startsOn) return `The new coach must start after ${formatDay(pairing.startsOn)}, when this pairing began.`;
  if (pairing.endsOn && handoverOn > pairing.endsOn) return `This pairing already ends on ${formatDay(pairing.endsOn)}; pick a day up to then.`;
  return null;
}

export function pairingsCsvRows(pairings: Pairing[], stateNames: Map<string, string>, yearEndsOn: string): CsvRow[] {
  return [
    ['State', 'Coach', 'Starts', 'Ends'],
    ...pairings.map((p) => [stateNames.get(p.stateCode) ?? p.stateCode, p.coachName, p.startsOn, p.endsOn ?? yearEndsOn]),
  ];
}

// ---- team members ----

export function filterTeamMembers(members: TeamMember[], filters: { state: string | null; q: string | null }): TeamMember[] {
  return members
    .filter((m) => (!filters.state || m.stateCode === filters.state) && matchesText(filters.q, m.name, m.email, m.title))
    .sort((a, b) => a.stateCode.localeCompare(b.stateCode) || Number(b.isLead) - Number(a.isLead) || a.name.localeCompare(b.name));
}

export function teamMembersCsvRows(members: TeamMember[]): CsvRow[] {
  return [
    ['State', 'Name', 'Title', 'Email', 'Team lead', 'Has an account'],
    ...members.map((m) => [m.stateCode, m.name, m.title, m.email, m.isLead ? 'Yes' : 'No', m.userId ? 'Yes' : 'No']),
  ];
}

// ---- events and attendance ----

export const eventKindLabel: Record<EventKind, string> = {
  kickoff: 'Kick-off meeting',
  regional_meeting: 'Regional meeting',
  webinar: 'Webinar',
  other: 'Other event',
};
export const eventKinds = Object.keys(eventKindLabel) as EventKind[];

export const attendanceStatusLabel: Record<AttendanceStatus, string> = { attended: 'Attended', absent: 'Absent', excused: 'Excused' };
export const attendanceStatuses = Object.keys(attendanceStatusLabel) as AttendanceStatus[];

export function filterEvents(events: ProgramEvent[], kind: string | null): ProgramEvent[] {
  return events.filter((e) => !kind || e.kind === kind).sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** "13:00" from the API's "13:00:00". */
export const clockTime = (time: string | null) => (time ? time.slice(0, 5) : '');

/** One row of the attendance grid: a participating state and what is recorded for it (null: nothing yet). */
export interface AttendanceRow {
  stateCode: string;
  stateName: string;
  tier: Tier;
  record: Attendance | null;
}

export function attendanceRows(participations: Pick<Participation, 'stateCode' | 'stateName' | 'tier'>[], attendance: Attendance[]): AttendanceRow[] {
  const byState = new Map(attendance.map((a) => [a.stateCode, a]));
  return [...participations]
    .sort((a, b) => a.stateName.localeCompare(b.stateName))
    .map((p) => ({ stateCode: p.stateCode, stateName: p.stateName, tier: p.tier, record: byState.get(p.stateCode) ?? null }));
}

export function attendanceSummary(attendance: Attendance[], participating: number) {
  const attended = attendance.filter((a) => a.status === 'attended');
  return {
    attended: attended.length,
    absent: attendance.filter((a) => a.status === 'absent').length,
    excused: attendance.filter((a) => a.status === 'excused').length,
    unrecorded: Math.max(0, participating - attendance.length),
    people: attended.reduce((sum, a) => sum + a.attendees, 0),
  };
}

/** "5 attended (14 people) · 2 absent · 1 excused": what is recorded, in a line. */
export function attendanceLine(summary: ReturnType<typeof attendanceSummary>): string {
  const parts = [`${summary.attended} attended (${summary.people === 1 ? '1 person' : `${summary.people} people`})`];
  if (summary.absent) parts.push(`${summary.absent} absent`);
  if (summary.excused) parts.push(`${summary.excused} excused`);
  return parts.join(' · ');
}

/** Where an event is: its location, saying "online" once for a virtual one. */
export function eventPlace(event: Pick<ProgramEvent, 'location' | 'virtual'>): string {
  const location = event.location.trim();
  if (!location) return event.virtual ? 'Online' : '—';
  return event.virtual && !/online|virtual|zoom|teams|webinar/i.test(location) ? `${location} (online)` : location;
}

/** Attended and absent can be said once the event has happened; an apology (excused) at any time. */
export const statusAllowed = (status: AttendanceStatus, eventDate: string, today: string) => status === 'excused' || eventDate <= today;

export function eventsCsvRows(events: ProgramEvent[], participating: number): CsvRow[] {
  return [
    ['Date', 'Kind', 'Title', 'Start time', 'Minutes', 'Location', 'Virtual', 'States attended', 'States absent', 'States excused', 'Not recorded', 'People attending'],
    ...events.map((e) => {
      const s = attendanceSummary(e.attendance, participating);
      return [e.date, eventKindLabel[e.kind], e.title, clockTime(e.startTime), e.durationMinutes, e.location, e.virtual ? 'Yes' : 'No', s.attended, s.absent, s.excused, s.unrecorded, s.people];
    }),
  ];
}

export function attendanceCsvRows(event: ProgramEvent, rows: AttendanceRow[]): CsvRow[] {
  return [
    ['Event', 'Date', 'State', 'Tier', 'Attendance', 'Attendees'],
    ...rows.map((r) => [event.title, event.date, r.stateName, tierLabel(r.tier), r.record ? attendanceStatusLabel[r.record.status] : 'Not recorded', r.record?.attendees ?? null]),
  ];
}

// ---- peer mentoring ----

export function filterMentoringPairs(pairs: MentoringPair[], state: string | null): MentoringPair[] {
  return pairs.filter((p) => !state || p.stateA === state || p.stateB === state).sort((a, b) => a.stateAName.localeCompare(b.stateAName));
}

export const pairName = (p: Pick<MentoringPair, 'stateAName' | 'stateBName'>) => `${p.stateAName} and ${p.stateBName}`;

export function mentoringCsvRows(pairs: MentoringPair[]): CsvRow[] {
  return [
    ['State A', 'State B', 'Focus', 'Exchanges', 'Last exchange'],
    ...pairs.map((p) => [p.stateAName, p.stateBName, p.focus, p.exchangeCount, p.lastExchangeOn]),
  ];
}

export function exchangesCsvRows(pair: MentoringPair, exchanges: Exchange[]): CsvRow[] {
  return [['Pair', 'Date', 'Summary'], ...exchanges.map((e) => [pairName(pair), e.date, e.summary])];
}

// ---- audit ----

/** The entities the API records, in the words the audit filter offers. */
export const auditEntityLabel: Record<string, string> = {
  program_year: 'Program year',
  timeline_activity: 'Timeline activity',
  state: 'State',
  participation: 'Participation',
  user: 'User',
  pairing: 'Pairing',
  team_member: 'Team member',
  event: 'Event',
  event_attendance: 'Event attendance',
  mentoring_pair: 'Mentoring pair',
  mentoring_exchange: 'Mentoring exchange',
  call: 'Coaching call',
  action_item: 'Action item',
  site_visit: 'Site visit',
  assessment: 'Assessment',
  assessment_responses: 'Assessment responses',
  instrument: 'Assessment instrument',
  plan: 'Project plan',
  goal: 'Plan goal',
  milestone: 'Milestone',
  plan_comment: 'Plan comment',
};

export const auditEntityName = (entity: string) => auditEntityLabel[entity] ?? humanize(entity);

export const auditActionLabel: Record<string, string> = { create: 'Created', update: 'Changed', delete: 'Deleted' };

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  entity: string | null;
  entityId: string | null;
  state: string | null;
  from: string | null;
  to: string | null;
  offset: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const entity = param(params, 'entity');
  const state = param(params, 'state');
  const from = param(params, 'from');
  const to = param(params, 'to');
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  return {
    entity: entity && /^[a-z_]+$/.test(entity) ? entity : null,
    entityId: param(params, 'entityId'),
    state: state && /^[A-Za-z]{2}$/.test(state) ? state.toUpperCase() : null,
    from: from && ISO_DAY.test(from) ? from : null,
    to: to && ISO_DAY.test(to) ? to : null,
    offset: Number.isFinite(offset) && offset > 0 ? offset - (offset % AUDIT_PAGE_SIZE) : 0,
  };
}

/** Fields every write changes: left out of "what changed" so that the change itself stands out. */
const BOOKKEEPING = new Set(['updatedAt', 'version']);

/** A value as people read it: words for booleans and empties, JSON for anything structured. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.length === 0) return '(none)';
  return JSON.stringify(value, null, 2);
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * The fields an audit entry records: for a change, only those both sides hold whose value differs (bookkeeping left out);
 * for a creation or deletion, every field of the record that was made or removed.
 */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (!before && !after) return [];
  const both = before && after;
  // A change compares the fields both sides recorded: one side may carry extra, derived fields (a coach's name).
  const keys = both
    ? Object.keys(after).filter((key) => key in before)
    : [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => !both || (!BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])))
    .map((key) => ({ field: key, before: before ? readableValue(before[key]) : '', after: after ? readableValue(after[key]) : '' }));
}

/** A name for the record an entry is about (a person, a state, a title), when its fields hold one. */
export function auditRecordName(entry: Pick<AuditEntry, 'before' | 'after'>): string | null {
  const record = asRecord(entry.after) ?? asRecord(entry.before);
  if (!record) return null;
  for (const key of ['name', 'title', 'coachName', 'stateName']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  return null;
}

/** "startsOn" → "Starts on", for the field column. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replaceAll('_', ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditCsvRows(entries: AuditEntry[]): CsvRow[] {
  return [
    ['When', 'Who', 'Action', 'Record', 'Name', 'Record id', 'State', 'Changes'],
    ...entries.map((e) => [
      e.at,
      e.actorName ?? 'System',
      auditActionLabel[e.action] ?? e.action,
      auditEntityName(e.entity),
      auditRecordName(e),
      e.entityId,
      e.stateCode,
      auditChanges(e)
        .map((c) => (e.action === 'update' ? `${c.field}: ${c.before} → ${c.after}` : `${c.field}: ${e.action === 'delete' ? c.before : c.after}`))
        .join('; '),
    ]),
  ];
}

/** A filename-safe slug of a name, for exports. */
export const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'export';

// ---- the administration's areas ----

export interface AdminArea {
  href: string;
  label: string;
  description: string;
}

export const adminAreas: AdminArea[] = [
  { href: '/admin', label: 'Overview', description: 'Every area of the administration at a glance.' },
  { href: '/admin/years', label: 'Program years', description: 'Years August to August and their timeline activities.' },
  { href: '/admin/states', label: 'States and tiers', description: 'States and whether they take part intensively or light touch.' },
  { href: '/admin/team', label: 'Team members', description: "Who sits on each state's team, and its lead." },
  { href: '/admin/users', label: 'Users and roles', description: 'Accounts, roles, passwords and deactivation.' },
  { href: '/admin/pairings', label: 'Pairings', description: 'Which coach works with which state, and handovers.' },
  { href: '/admin/events', label: 'Events', description: 'Kick-off, regional meetings and webinars, with attendance.' },
  { href: '/admin/mentoring', label: 'Peer mentoring', description: 'Pairs of states and the exchanges they log.' },
  { href: '/admin/audit', label: 'Audit trail', description: 'Who changed what, when, before and after.' },
];
