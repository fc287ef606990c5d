/**
 * The API's answers, as the browser sees them. These mirror the TypeBox response schemas in
 * server/modules/<area>/<area>.schemas.ts; when a schema changes there, change it here.
 */

/** A calendar day, ISO 8601 (2026-10-15). */
export type IsoDay = string;
/** A month key, yyyy-MM (2026-10). */
export type MonthKey = string;

/** Every list answers `{ items, total }`. */
export interface Page<T> {
  items: T[];
  total: number;
}

// ---- auth (server/modules/auth/auth.schemas.ts) ----

export type Role = 'staff' | 'coach' | 'state_lead' | 'state_member';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
  active: boolean;
}

export interface Me {
  user: User;
  /** The states this user can see; every state for staff (then allStates is true). */
  states: string[];
  allStates: boolean;
}

export interface LoginAnswer {
  /** The short-lived access token (also set as the session cookie). */
  token: string;
  expiresAt: string;
  /** Renews the access token at /api/auth/refresh (also set as an httpOnly cookie). */
  refreshToken: string;
  refreshExpiresAt: string;
  user: User;
}

// ---- program years (server/modules/program-years/program-years.schemas.ts) ----

export type ActivityKind =
  | 'kickoff'
  | 'first_call'
  | 'assessment'
  | 'plan'
  | 'regional_meeting'
  | 'monthly_calls'
  | 'peer_mentoring'
  | 'site_visits'
  | 'webinars'
  | 'reassessment'
  | 'other';

export interface ProgramYear {
  id: string;
  name: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  createdAt: string;
  updatedAt: string;
  version: number;
}

// ---- progress (server/modules/progress/progress.schemas.ts) ----

export type CallStatus = 'held' | 'scheduled' | 'missed' | 'due' | 'upcoming' | 'not_required';
export type CheckpointStatus = 'met' | 'met_late' | 'pending' | 'overdue';
export type Health = 'on_track' | 'needs_attention' | 'behind';
export type Tier = 'intensive' | 'light_touch';

export interface ProgressMonth {
  month: MonthKey;
  callRequired: boolean;
  callStatus: CallStatus;
  heldCalls: number;
  scheduledCalls: number;
  visits: { number: number; status: string }[];
  checkpoints: { kind: string; status: CheckpointStatus }[];
  coachId: string | null;
}

export interface StateCheckpoint {
  kind: string;
  title: string;
  dueOn: IsoDay;
  status: CheckpointStatus;
  metOn: IsoDay | null;
  done: number;
  required: number;
}

export interface MilestoneSummary {
  total: number;
  completed: number;
  inProgress: number;
  atRisk: number;
  deferred: number;
  overdue: number;
  /** Completed as a share of those not deferred, 0–100. */
  percentComplete: number;
}

export interface StateProgress {
  stateCode: string;
  stateName: string;
  /** intensive or light_touch (the schema types it as a string). */
  tier: string;
  coaches: { id: string; name: string }[];
  months: ProgressMonth[];
  checkpoints: StateCheckpoint[];
  milestones: MilestoneSummary;
  /** Action items from the year's calls and visits; overdue by the state's own calendar. */
  actionItems: { open: number; overdue: number };
  missedMonths: number;
  lastContactOn: IsoDay | null;
  daysSinceContact: number | null;
  health: Health;
  reasons: string[];
}

export interface YearMonth {
  key: MonthKey;
  /** The server's label, e.g. "Aug 2026". */
  label: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
}

export interface TimelineActivity {
  id: string;
  /** One of ActivityKind (the schema types it as a string). */
  kind: string;
  title: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
  dueOn: IsoDay | null;
  requiredCount: number;
}

export interface ProgressAnswer {
  programYear: { id: string; name: string; startsOn: IsoDay; endsOn: IsoDay };
  /** The server's today: the grid and timeline mark it, so that browser clocks do not disagree. */
  today: IsoDay;
  months: YearMonth[];
  activities: TimelineActivity[];
  states: StateProgress[];
  summary: { onTrack: number; needsAttention: number; behind: number };
}

/** The body of every failed API answer (Fastify's shape). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
