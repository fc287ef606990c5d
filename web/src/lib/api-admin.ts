/**
 * What the staff administration asks of the API: program years and their timeline activities, states and
 * their participation (tiers), users, coach–state pairings, state team members, events and attendance,
 * peer-mentoring pairs and exchanges, and the audit trail. One function per route, every one through
 * `request` (http.ts): pass the load event from a `load` function; call without it from an event handler
 * and catch the `ApiError`.
 *
 * The response types mirror server/modules/{program-years,states,participations,users,pairings,
 * team-members,events,mentoring,audit}; when a schema changes there, change it here.
 */
import { request, type LoadContext } from './http.ts';
import type { ActivityKind, IsoDay, Page, Role, Tier } from './types.ts';

export type { ActivityKind, Role, Tier } from './types.ts';

/** Lists are read whole (the API's largest page), then filtered and exported in the browser. */
const ALL = '500';

/** Query values the API takes: empty ones are dropped by `request`. */
type Query = Record<string, string | undefined | null>;

// ---- program years and timeline activities (server/modules/program-years) ----

export interface Year {
  id: string;
  name: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Activity {
  id: string;
  programYearId: string;
  kind: ActivityKind;
  title: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  dueOn: IsoDay | null;
  requiredCount: number;
  position: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface YearDetail extends Year {
  activities: Activity[];
}

export interface YearInput {
  name: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
}

export interface ActivityInput {
  kind: ActivityKind;
  title: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  dueOn: IsoDay | null;
  requiredCount: number;
  position?: number;
}

// ---- states and participations (server/modules/states, participations) ----

export interface PersonRef {
  id: string;
  name: string;
}

export interface State {
  code: string;
  name: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A state in a list asked for with `programYear`: its tier that year (null: not taking part) and coaches. */
export interface StateSummary extends State {
  tier?: Tier | null;
  coaches?: PersonRef[];
}

export interface StateInput {
  code: string;
  name: string;
  timeZone: string;
}

export interface Participation {
  id: string;
  programYearId: string;
  programYearName: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  stateCode: string;
  stateName: string;
  tier: Tier;
  createdAt: string;
  updatedAt: string;
  version: number;
}

// ---- users (server/modules/users) ----

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface UserCreateInput {
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
  password: string;
}

export interface UserUpdateInput {
  email?: string;
  name?: string;
  role?: Role;
  stateCode?: string | null;
  active?: boolean;
  password?: string;
  version?: number;
}

export interface UserQuery {
  role?: string | null;
  state?: string | null;
  q?: string | null;
  active?: string | null;
}

// ---- pairings (server/modules/pairings) ----

export interface Pairing {
  id: string;
  programYearId: string;
  stateCode: string;
  coachId: string;
  coachName: string;
  startsOn: IsoDay;
  /** Null: to the end of the year. */
  endsOn: IsoDay | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PairingInput {
  programYearId: string;
  stateCode: string;
  coachId: string;
  startsOn: IsoDay;
  endsOn: IsoDay | null;
}

// ---- team members (server/modules/team-members) ----

export interface TeamMember {
  id: string;
  programYearId: string;
  stateCode: string;
  userId: string | null;
  name: string;
  email: string | null;
  title: string | null;
  isLead: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TeamMemberInput {
  name: string;
  email: string | null;
  title: string | null;
  isLead: boolean;
  userId: string | null;
}

// ---- events and attendance (server/modules/events) ----

export type EventKind = 'kickoff' | 'regional_meeting' | 'webinar' | 'other';
export type AttendanceStatus = 'attended' | 'absent' | 'excused';

export interface Attendance {
  eventId: string;
  stateCode: string;
  stateName: string;
  status: AttendanceStatus;
  attendees: number;
  updatedAt: string;
  version: number;
}

export interface ProgramEvent {
  id: string;
  programYearId: string;
  kind: EventKind;
  title: string;
  date: IsoDay;
  /** HH:mm or HH:mm:ss, local to the event. */
  startTime: string | null;
  durationMinutes: number | null;
  location: string;
  virtual: boolean;
  description: string;
  /** Attendance of the states the reader can see. */
  attendance: Attendance[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface EventInput {
  kind: EventKind;
  title: string;
  date: IsoDay;
  startTime: string | null;
  durationMinutes: number | null;
  location: string;
  virtual: boolean;
  description: string;
}

// ---- peer mentoring (server/modules/mentoring) ----

export interface Exchange {
  id: string;
  pairId: string;
  date: IsoDay;
  summary: string;
  createdAt: string;
}

export interface MentoringPair {
  id: string;
  programYearId: string;
  /** The two states, in alphabetical order. */
  stateA: string;
  stateAName: string;
  stateB: string;
  stateBName: string;
  focus: string;
  exchangeCount: number;
  lastExchangeOn: IsoDay | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MentoringPairDetail extends MentoringPair {
  exchanges: Exchange[];
}

// ---- audit (server/modules/audit) ----

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  stateCode: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  entity?: string | null;
  entityId?: string | null;
  state?: string | null;
  actor?: string | null;
  from?: string | null;
  to?: string | null;
  limit?: string | null;
  offset?: string | null;
}

const id = (value: string) => encodeURIComponent(value);

export const adminApi = {
  // program years
  years: (load?: LoadContext) => request<Page<Year>>('GET', '/api/program-years', { load, query: { limit: '100' } }),
  year: (yearId: string, load?: LoadContext) => request<YearDetail>('GET', `/api/program-years/${id(yearId)}`, { load }),
  createYear: (input: YearInput) => request<YearDetail>('POST', '/api/program-years', { body: input }),
  updateYear: (yearId: string, input: Partial<YearInput> & { version: number }) =>
    request<YearDetail>('PATCH', `/api/program-years/${id(yearId)}`, { body: input }),
  deleteYear: (yearId: string) => request<void>('DELETE', `/api/program-years/${id(yearId)}`),
  createActivity: (yearId: string, input: ActivityInput) =>
    request<Activity>('POST', `/api/program-years/${id(yearId)}/activities`, { body: input }),
  updateActivity: (activityId: string, input: Partial<ActivityInput> & { version: number }) =>
    request<Activity>('PATCH', `/api/timeline-activities/${id(activityId)}`, { body: input }),
  deleteActivity: (activityId: string) => request<void>('DELETE', `/api/timeline-activities/${id(activityId)}`),

  // states and participations
  states: (query: { programYear?: string | null; q?: string | null }, load?: LoadContext) =>
    request<Page<StateSummary>>('GET', '/api/states', { load, query: { ...query, limit: ALL } }),
  createState: (input: StateInput) => request<State>('POST', '/api/states', { body: input }),
  updateState: (code: string, input: { name?: string; timeZone?: string; version: number }) =>
    request<State>('PATCH', `/api/states/${id(code)}`, { body: input }),
  deleteState: (code: string) => request<void>('DELETE', `/api/states/${id(code)}`),
  participations: (query: { programYear?: string | null; state?: string | null }, load?: LoadContext) =>
    request<Page<Participation>>('GET', '/api/participations', { load, query: { ...query, limit: ALL } }),
  createParticipation: (input: { programYearId: string; stateCode: string; tier: Tier }) =>
    request<Participation>('POST', '/api/participations', { body: input }),
  updateParticipation: (participationId: string, input: { tier: Tier; version: number }) =>
    request<Participation>('PATCH', `/api/participations/${id(participationId)}`, { body: input }),
  deleteParticipation: (participationId: string) => request<void>('DELETE', `/api/participations/${id(participationId)}`),

  // users
  users: (query: UserQuery, load?: LoadContext) =>
    request<Page<AdminUser>>('GET', '/api/users', { load, query: { ...(query as Query), limit: ALL } }),
  user: (userId: string, load?: LoadContext) => request<AdminUser>('GET', `/api/users/${id(userId)}`, { load }),
  createUser: (input: UserCreateInput) => request<AdminUser>('POST', '/api/users', { body: input }),
  updateUser: (userId: string, input: UserUpdateInput) => request<AdminUser>('PATCH', `/api/users/${id(userId)}`, { body: input }),
  /** Deactivates: the account's rows are kept and its sessions end. */
  deactivateUser: (userId: string) => request<void>('DELETE', `/api/users/${id(userId)}`),

  // pairings
  pairings: (query: { programYear?: string | null; state?: string | null; coach?: string | null }, load?: LoadContext) =>
    request<Page<Pairing>>('GET', '/api/pairings', { load, query: { ...query, limit: ALL } }),
  createPairing: (input: PairingInput) => request<Pairing>('POST', '/api/pairings', { body: input }),
  updatePairing: (pairingId: string, input: { coachId?: string; startsOn?: IsoDay; endsOn?: IsoDay | null; version: number }) =>
    request<Pairing>('PATCH', `/api/pairings/${id(pairingId)}`, { body: input }),
  deletePairing: (pairingId: string) => request<void>('DELETE', `/api/pairings/${id(pairingId)}`),

  // team members
  teamMembers: (query: { programYear?: string | null; state?: string | null }, load?: LoadContext) =>
    request<Page<TeamMember>>('GET', '/api/team-members', { load, query: { ...query, limit: ALL } }),
  createTeamMember: (input: TeamMemberInput & { programYearId: string; stateCode: string }) =>
    request<TeamMember>('POST', '/api/team-members', { body: input }),
  updateTeamMember: (memberId: string, input: Partial<TeamMemberInput> & { version: number }) =>
    request<TeamMember>('PATCH', `/api/team-members/${id(memberId)}`, { body: input }),
  deleteTeamMember: (memberId: string) => request<void>('DELETE', `/api/team-members/${id(memberId)}`),

  // events and attendance
  events: (query: { programYear?: string | null; kind?: string | null }, load?: LoadContext) =>
    request<Page<ProgramEvent>>('GET', '/api/events', { load, query: { ...query, limit: ALL } }),
  event: (eventId: string, load?: LoadContext) => request<ProgramEvent>('GET', `/api/events/${id(eventId)}`, { load }),
  createEvent: (input: EventInput & { programYearId: string }) => request<ProgramEvent>('POST', '/api/events', { body: input }),
  updateEvent: (eventId: string, input: Partial<EventInput> & { version: number }) =>
    request<ProgramEvent>('PATCH', `/api/events/${id(eventId)}`, { body: input }),
  deleteEvent: (eventId: string) => request<void>('DELETE', `/api/events/${id(eventId)}`),
  /** The first answer needs no version; changing a recorded one sends the version read (a stale one is 412). */
  recordAttendance: (eventId: string, stateCode: string, input: { status: AttendanceStatus; attendees: number; version?: number }) =>
    request<Attendance>('PUT', `/api/events/${id(eventId)}/attendance/${id(stateCode)}`, { body: input }),
  removeAttendance: (eventId: string, stateCode: string) =>
    request<void>('DELETE', `/api/events/${id(eventId)}/attendance/${id(stateCode)}`),

  // peer mentoring
  mentoringPairs: (query: { programYear?: string | null; state?: string | null }, load?: LoadContext) =>
    request<Page<MentoringPair>>('GET', '/api/mentoring-pairs', { load, query: { ...query, limit: ALL } }),
  mentoringPair: (pairId: string, load?: LoadContext) => request<MentoringPairDetail>('GET', `/api/mentoring-pairs/${id(pairId)}`, { load }),
  createMentoringPair: (input: { programYearId: string; stateA: string; stateB: string; focus: string }) =>
    request<MentoringPairDetail>('POST', '/api/mentoring-pairs', { body: input }),
  updateMentoringPair: (pairId: string, input: { focus: string; version: number }) =>
    request<MentoringPairDetail>('PATCH', `/api/mentoring-pairs/${id(pairId)}`, { body: input }),
  deleteMentoringPair: (pairId: string) => request<void>('DELETE', `/api/mentoring-pairs/${id(pairId)}`),
  addExchange: (pairId: string, input: { date: IsoDay; summary: string }) =>
    request<Exchange>('POST', `/api/mentoring-pairs/${id(pairId)}/exchanges`, { body: input }),
  deleteExchange: (exchangeId: string) => request<void>('DELETE', `/api/mentoring-exchanges/${id(exchangeId)}`),

  // audit
  audit: (query: AuditQuery, load?: LoadContext) => request<Page<AuditEntry>>('GET', '/api/audit', { load, query: query as Query }),
};
