import { Type } from 'typebox';
import { optionalFields, versionField } from '../../lib/schema-parts.ts';
import { ClockTime, IsoDay, Nullable, Page, StateCode, Text, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';

const EventKind = Type.Union([Type.Literal('kickoff'), Type.Literal('regional_meeting'), Type.Literal('webinar'), Type.Literal('other')]);
const AttendanceStatus = Type.Union([Type.Literal('attended'), Type.Literal('absent'), Type.Literal('excused')], {
  description: 'attended and absent are recorded once the event has taken place; excused at any time',
});

/** What every event has, and what it may add. */
const eventEssentials = {
  kind: EventKind,
  title: Type.String({ minLength: 1, maxLength: 300 }),
  date: IsoDay,
};
const eventDetails = {
  startTime: Nullable(ClockTime),
  durationMinutes: Nullable(Type.Integer({ minimum: 1, maximum: 4320 })),
  location: Text(500),
  virtual: Type.Boolean(),
  description: Text(),
};

export const EventCreate = Type.Object(
  { programYearId: Uuid, ...eventEssentials, ...optionalFields(eventDetails) },
  { additionalProperties: false },
);

export const EventUpdate = Type.Object(
  { ...optionalFields({ ...eventEssentials, ...eventDetails }), ...versionField },
  { additionalProperties: false, minProperties: 1 },
);

export const Attendance = Type.Object({
  eventId: Type.String(),
  stateCode: Type.String(),
  stateName: Type.String(),
  status: AttendanceStatus,
  attendees: Type.Integer(),
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const AttendanceInput = Type.Object(
  {
    status: AttendanceStatus,
    attendees: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'People from the state who took part' })),
    version: Type.Optional(
      Type.Integer({ minimum: 1, description: 'The version of the attendance you read, to change a recorded answer (or send If-Match); not needed to record the first' }),
    ),
  },
  { additionalProperties: false },
);

export const AttendanceParams = Type.Object({ id: Uuid, stateCode: StateCode }, { additionalProperties: false });

export const Event = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  kind: EventKind,
  title: Type.String(),
  date: Type.String(),
  startTime: Nullable(Type.String()),
  durationMinutes: Nullable(Type.Integer()),
  location: Type.String(),
  virtual: Type.Boolean(),
  description: Type.String(),
  /** Attendance of the states you can see. */
  attendance: Type.Array(Attendance),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const EventList = Page(Event);

export const EventQuery = Type.Object(
  {
    ...listQuery,
    programYear: Type.Optional(Uuid),
    kind: Type.Optional(EventKind),
    from: Type.Optional(IsoDay),
    to: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);
