/**
 * What the staff administration asks of the API: program years and their timeline activities, states and
 * their participation (tiers), users, coach–state pairings, state team members, events and attendance,
 * peer-mentoring pairs and exchanges, and the audit trail. One function per route, every one through
 * `request` (http.ts): pass the load event from a `load` function; call without it from an event handler
 * and catch the `ApiError`.
 *
 * The types are the generated ones (types.ts, api/schema.d.ts) of server/modules/{program-years,states,
 * participations,users,pairings,team-members,events,mentoring,audit}.
 */
import { request, type LoadContext } from './http.ts';
import { toQuery } from './api-calls.ts';
import type { AnswerOf, Page, QueryOf, Schemas } from './types.ts';
import type { StateSummary, TeamMember } from './api-states.ts';

export type { ActivityKind, Role, Tier } from './types.ts';
// The states module names these; admin pages take them from here too.
export type { PersonRef, StateSummary, TeamMember } from './api-states.ts';

/** Lists are read whole (the API's largest page), then filtered and exported in the browser. */
const ALL = '500';

// ---- program years and timeline activities (server/modules/program-years) ----

export type Year = Schemas['Year'];
export type Activity = Schemas['Activity'];
export type YearDetail = Schemas['YearDetail'];
/** A year as the admin form creates it (the API also takes its activities in the same request). */
export type YearInput = Omit<Schemas['YearCreate'], 'activities'>;
export type ActivityInput = Schemas['ActivityCreate'];

// ---- states and participations (server/modules/states, participations) ----

export type State = Schemas['State'];
export type StateInput = Schemas['StateCreate'];
export type Participation = Schemas['Participation'];

// ---- users (server/modules/users) ----

export type AdminUser = Schemas['User'];
export type UserCreateInput = Schemas['UserCreate'];
export type UserUpdateInput = Schemas['UserUpdate'];
export type UserQuery = QueryOf<'listUsers'>;

// ---- pairings (server/modules/pairings) ----

export type Pairing = Schemas['Pairing'];
export type PairingInput = Schemas['PairingCreate'];

// ---- team members (server/modules/team-members) ----

/** A member's own fields; the year and state come from the page. */
export type TeamMemberInput = Omit<Schemas['TeamMemberCreate'], 'programYearId' | 'stateCode'>;

// ---- events and attendance (server/modules/events) ----

export type ProgramEvent = Schemas['Event'];
export type EventKind = ProgramEvent['kind'];
export type Attendance = Schemas['Attendance'];
export type AttendanceStatus = Attendance['status'];
/** An event's own fields; the year comes from the page. */
export type EventInput = Omit<Schemas['EventCreate'], 'programYearId'>;

// ---- peer mentoring (server/modules/mentoring) ----

export type Exchange = Schemas['Exchange'];
export type MentoringPair = Schemas['MentoringPair'];
export type MentoringPairDetail = Schemas['MentoringPairDetail'];

// ---- audit (server/modules/audit: its answer has no named schema, so it is read off the operation) ----

export type AuditEntry = AnswerOf<'listAuditEntries'>['items'][number];
export type AuditQuery = QueryOf<'listAuditEntries'>;

/** An update as the dashboard sends it: always with the version it read (the API also takes If-Match instead). */
type Versioned<T> = T & { version: number };

const id = (value: string) => encodeURIComponent(value);

export const adminApi = {
  // program years
  years: (load?: LoadContext) => request<Page<Year>>('GET', '/api/program-years', { load, query: { limit: '100' } }),
  year: (yearId: string, load?: LoadContext) => request<YearDetail>('GET', `/api/program-years/${id(yearId)}`, { load }),
  createYear: (input: YearInput) => request<YearDetail>('POST', '/api/program-years', { body: input }),
  updateYear: (yearId: string, input: Versioned<Schemas['YearUpdate']>) =>
    request<YearDetail>('PATCH', `/api/program-years/${id(yearId)}`, { body: input }),
  deleteYear: (yearId: string) => request<void>('DELETE', `/api/program-years/${id(yearId)}`),
  createActivity: (yearId: string, input: ActivityInput) =>
    request<Activity>('POST', `/api/program-years/${id(yearId)}/activities`, { body: input }),
  updateActivity: (activityId: string, input: Versioned<Schemas['ActivityUpdate']>) =>
    request<Activity>('PATCH', `/api/timeline-activities/${id(activityId)}`, { body: input }),
  deleteActivity: (activityId: string) => request<void>('DELETE', `/api/timeline-activities/${id(activityId)}`),

  // states and participations
  states: (query: QueryOf<'listStates'>, load?: LoadContext) =>
    request<Page<StateSummary>>('GET', '/api/states', { load, query: { ...toQuery(query), limit: ALL } }),
  createState: (input: StateInput) => request<State>('POST', '/api/states', { body: input }),
  updateState: (code: string, input: Versioned<Schemas['StateUpdate']>) =>
    request<State>('PATCH', `/api/states/${id(code)}`, { body: input }),
  deleteState: (code: string) => request<void>('DELETE', `/api/states/${id(code)}`),
  participations: (query: QueryOf<'listParticipations'>, load?: LoadContext) =>
    request<Page<Participation>>('GET', '/api/participations', { load, query: { ...toQuery(query), limit: ALL } }),
  createParticipation: (input: Schemas['ParticipationCreate']) =>
    request<Participation>('POST', '/api/participations', { body: input }),
  updateParticipation: (participationId: string, input: Versioned<Schemas['ParticipationUpdate']>) =>
    request<Participation>('PATCH', `/api/participations/${id(participationId)}`, { body: input }),
  deleteParticipation: (participationId: string) => request<void>('DELETE', `/api/participations/${id(participationId)}`),

  // users
  users: (query: UserQuery, load?: LoadContext) =>
    request<Page<AdminUser>>('GET', '/api/users', { load, query: { ...toQuery(query), limit: ALL } }),
  user: (userId: string, load?: LoadContext) => request<AdminUser>('GET', `/api/users/${id(userId)}`, { load }),
  createUser: (input: UserCreateInput) => request<AdminUser>('POST', '/api/users', { body: input }),
  updateUser: (userId: string, input: UserUpdateInput) => request<AdminUser>('PATCH', `/api/users/${id(userId)}`, { body: input }),
  /** Deactivates: the account's rows are kept and its sessions end. */
  deactivateUser: (userId: string) => request<void>('DELETE', `/api/users/${id(userId)}`),

  // pairings
  pairings: (query: QueryOf<'listPairings'>, load?: LoadContext) =>
    request<Page<Pairing>>('GET', '/api/pairings', { load, query: { ...toQuery(query), limit: ALL } }),
  createPairing: (input: PairingInput) => request<Pairing>('POST', '/api/pairings', { body: input }),
  updatePairing: (pairingId: string, input: Versioned<Schemas['PairingUpdate']>) =>
    request<Pairing>('PATCH', `/api/pairings/${id(pairingId)}`, { body: input }),
  deletePairing: (pairingId: string) => request<void>('DELETE', `/api/pairings/${id(pairingId)}`),

  // team members
  teamMembers: (query: QueryOf<'listTeamMembers'>, load?: LoadContext) =>
    request<Page<TeamMember>>('GET', '/api/team-members', { load, query: { ...toQuery(query), limit: ALL } }),
  createTeamMember: (input: Schemas['TeamMemberCreate']) =>
    request<TeamMember>('POST', '/api/team-members', { body: input }),
  updateTeamMember: (memberId: string, input: Versioned<Schemas['TeamMemberUpdate']>) =>
    request<TeamMember>('PATCH', `/api/team-members/${id(memberId)}`, { body: input }),
  deleteTeamMember: (memberId: string) => request<void>('DELETE', `/api/team-members/${id(memberId)}`),

  // events and attendance
  events: (query: QueryOf<'listEvents'>, load?: LoadContext) =>
    request<Page<ProgramEvent>>('GET', '/api/events', { load, query: { ...toQuery(query), limit: ALL } }),
  event: (eventId: string, load?: LoadContext) => request<ProgramEvent>('GET', `/api/events/${id(eventId)}`, { load }),
  createEvent: (input: Schemas['EventCreate']) => request<ProgramEvent>('POST', '/api/events', { body: input }),
  updateEvent: (eventId: string, input: Versioned<Schemas['EventUpdate']>) =>
    request<ProgramEvent>('PATCH', `/api/events/${id(eventId)}`, { body: input }),
  deleteEvent: (eventId: string) => request<void>('DELETE', `/api/events/${id(eventId)}`),
  /** The first answer needs no version; changing a recorded one sends the version read (a stale one is 412). */
  recordAttendance: (eventId: string, stateCode: string, input: Schemas['AttendanceInput']) =>
    request<Attendance>('PUT', `/api/events/${id(eventId)}/attendance/${id(stateCode)}`, { body: input }),
  removeAttendance: (eventId: string, stateCode: string) =>
    request<void>('DELETE', `/api/events/${id(eventId)}/attendance/${id(stateCode)}`),

  // peer mentoring
  mentoringPairs: (query: QueryOf<'listMentoringPairs'>, load?: LoadContext) =>
    request<Page<MentoringPair>>('GET', '/api/mentoring-pairs', { load, query: { ...toQuery(query), limit: ALL } }),
  mentoringPair: (pairId: string, load?: LoadContext) => request<MentoringPairDetail>('GET', `/api/mentoring-pairs/${id(pairId)}`, { load }),
  createMentoringPair: (input: Schemas['MentoringPairCreate']) =>
    request<MentoringPairDetail>('POST', '/api/mentoring-pairs', { body: input }),
  updateMentoringPair: (pairId: string, input: Versioned<Schemas['MentoringPairUpdate']>) =>
    request<MentoringPairDetail>('PATCH', `/api/mentoring-pairs/${id(pairId)}`, { body: input }),
  deleteMentoringPair: (pairId: string) => request<void>('DELETE', `/api/mentoring-pairs/${id(pairId)}`),
  addExchange: (pairId: string, input: Schemas['ExchangeCreate']) =>
    request<Exchange>('POST', `/api/mentoring-pairs/${id(pairId)}/exchanges`, { body: input }),
  deleteExchange: (exchangeId: string) => request<void>('DELETE', `/api/mentoring-exchanges/${id(exchangeId)}`),

  // audit
  audit: (query: AuditQuery, load?: LoadContext) => request<Page<AuditEntry>>('GET', '/api/audit', { load, query: toQuery(query) }),
};
