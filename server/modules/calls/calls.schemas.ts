import { Type } from 'typebox';
import { ClockTime, IsoDay, Name, Nullable, Page, StateCode, Text, Timestamp, Uuid, yearStateRangeQuery } from '../../lib/schemas.ts';

const CallKind = Type.Union([Type.Literal('planning'), Type.Literal('full_team')], {
  description: 'planning: with the state team lead; full_team: progress, challenges and next steps',
});
const CallStatus = Type.Union([Type.Literal('scheduled'), Type.Literal('held'), Type.Literal('cancelled')]);

export const ActionItemInput = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    owner: Type.Optional(Type.String({ maxLength: 200 })),
    dueOn: Type.Optional(Nullable(IsoDay)),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ActionItem = Type.Object({
  id: Type.String(),
  stateCode: Type.String(),
  callId: Nullable(Type.String()),
  siteVisitId: Nullable(Type.String()),
  description: Type.String(),
  owner: Type.String(),
  dueOn: Nullable(Type.String()),
  done: Type.Boolean(),
  version: Type.Integer(),
});

const callFields = {
  kind: CallKind,
  status: CallStatus,
  date: IsoDay,
  startTime: Nullable(ClockTime),
  durationMinutes: Nullable(Type.Integer({ minimum: 1, maximum: 600 })),
  attendees: Type.Array(Name, { maxItems: 100 }),
  agenda: Text(),
  notes: Text(),
  coachNotes: Text(),
  progress: Text(),
  challenges: Text(),
  resourcesShared: Text(),
  smeRequests: Text(),
};

export const CallCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    kind: callFields.kind,
    status: callFields.status,
    date: callFields.date,
    startTime: Type.Optional(callFields.startTime),
    durationMinutes: Type.Optional(callFields.durationMinutes),
    attendees: Type.Optional(callFields.attendees),
    agenda: Type.Optional(callFields.agenda),
    notes: Type.Optional(callFields.notes),
    coachNotes: Type.Optional(callFields.coachNotes),
    progress: Type.Optional(callFields.progress),
    challenges: Type.Optional(callFields.challenges),
    resourcesShared: Type.Optional(callFields.resourcesShared),
    smeRequests: Type.Optional(callFields.smeRequests),
    actionItems: Type.Optional(Type.Array(ActionItemInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const CallUpdate = Type.Object(
  {
    kind: Type.Optional(callFields.kind),
    status: Type.Optional(callFields.status),
    date: Type.Optional(callFields.date),
    startTime: Type.Optional(callFields.startTime),
    durationMinutes: Type.Optional(callFields.durationMinutes),
    attendees: Type.Optional(callFields.attendees),
    agenda: Type.Optional(callFields.agenda),
    notes: Type.Optional(callFields.notes),
    coachNotes: Type.Optional(callFields.coachNotes),
    progress: Type.Optional(callFields.progress),
    challenges: Type.Optional(callFields.challenges),
    resourcesShared: Type.Optional(callFields.resourcesShared),
    smeRequests: Type.Optional(callFields.smeRequests),
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version you read; a stale one answers 412 (or send If-Match)' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Call = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  coachId: Nullable(Type.String()),
  coachName: Nullable(Type.String()),
  kind: CallKind,
  status: CallStatus,
  date: Type.String(),
  startTime: Nullable(Type.String()),
  durationMinutes: Nullable(Type.Integer()),
  attendees: Type.Array(Type.String()),
  agenda: Type.String(),
  notes: Type.String(),
  /** Present only for staff and coaches. */
  coachNotes: Type.Optional(Type.String()),
  progress: Type.String(),
  challenges: Type.String(),
  resourcesShared: Type.String(),
  smeRequests: Type.String(),
  actionItems: Type.Array(ActionItem),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const CallList = Page(Call);

export const CallQuery = Type.Object(
  {
    ...yearStateRangeQuery,
    status: Type.Optional(CallStatus),
    kind: Type.Optional(CallKind),
    coach: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
