import { Type } from 'typebox';
import { IsoDay, Nullable } from '../../lib/schemas.ts';
import { ActivityKind } from './program-years.schemas.ts';

export const RolloverInput = Type.Object(
  {
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "The new year's name; by default the current one with its years moved on (2026–27 → 2027–28)" }),
    ),
  },
  { additionalProperties: false },
);

export const RolloverQuery = RolloverInput;

const Span = { startsOn: IsoDay, endsOn: IsoDay };
const EventKind = Type.Union([Type.Literal('kickoff'), Type.Literal('regional_meeting'), Type.Literal('webinar'), Type.Literal('other')]);

export const RolloverPreview = Type.Object({
  from: Type.Object({ id: Type.String(), name: Type.String(), ...Span }),
  year: Type.Object({ name: Type.String(), ...Span }),
  activities: Type.Array(
    Type.Object({
      kind: ActivityKind,
      title: Type.String(),
      ...Span,
      dueOn: Nullable(IsoDay),
      requiredCount: Type.Integer(),
      position: Type.Integer(),
      previousStartsOn: IsoDay,
      previousEndsOn: IsoDay,
    }),
  ),
  events: Type.Array(
    Type.Object({
      kind: EventKind,
      title: Type.String(),
      date: IsoDay,
      previousDate: IsoDay,
      startTime: Nullable(Type.String()),
      durationMinutes: Nullable(Type.Integer()),
      location: Type.String(),
      virtual: Type.Boolean(),
      description: Type.String(),
    }),
  ),
  participations: Type.Array(Type.Object({ stateCode: Type.String(), tier: Type.Union([Type.Literal('intensive'), Type.Literal('light_touch')]) })),
  pairings: Type.Array(Type.Object({ stateCode: Type.String(), coachId: Type.String(), coachName: Type.String(), startsOn: IsoDay })),
  teamMembers: Type.Array(
    Type.Object({
      stateCode: Type.String(),
      userId: Nullable(Type.String()),
      name: Type.String(),
      email: Nullable(Type.String()),
      title: Nullable(Type.String()),
      isLead: Type.Boolean(),
    }),
  ),
  plansLeftBehind: Type.Integer({ minimum: 0, description: 'Plans that stay with the current year, with their final status' }),
});
