import { Type } from 'typebox';
import { Name, Nullable, Page, StateCode, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { Version } from '../program-years/program-years.schemas.ts';
import { Tier } from '../participations/participations.schemas.ts';
import { TeamMember } from '../team-members/team-members.schemas.ts';

export const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$',
  description: 'IANA time zone (America/Chicago)',
});

export const StateParams = Type.Object({ code: StateCode }, { additionalProperties: false });

export const StateCreate = Type.Object(
  { code: StateCode, name: Name, timeZone: Type.Optional(TimeZone) },
  { additionalProperties: false },
);

export const StateUpdate = Type.Object(
  { name: Type.Optional(Name), timeZone: Type.Optional(TimeZone), version: Type.Optional(Version) },
  { additionalProperties: false, minProperties: 1 },
);

const stateFields = {
  code: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });

export const State = Type.Object(stateFields);

/** With `programYear`: the state's tier that year (null: not taking part) and its coach(es) on the year's current day. */
export const StateSummary = Type.Object({
  ...stateFields,
  tier: Type.Optional(Nullable(Tier)),
  coaches: Type.Optional(Type.Array(PersonRef)),
});

export const StateDetail = Type.Object({
  ...stateFields,
  participations: Type.Array(
    Type.Object({
      id: Type.String(),
      programYearId: Type.String(),
      programYearName: Type.String(),
      startsOn: Type.String(),
      endsOn: Type.String(),
      tier: Tier,
      planId: Nullable(Uuid, { description: "The state's project plan for the year (GET /api/plans/:id), null until one is started" }),
    }),
  ),
  pairings: Type.Array(
    Type.Object({
      id: Type.String(),
      programYearId: Type.String(),
      coachId: Type.String(),
      coachName: Type.String(),
      startsOn: Type.String(),
      endsOn: Nullable(Type.String()),
    }),
  ),
  teamMembers: Type.Array(TeamMember),
});

export const StateList = Page(StateSummary);

export const StateQuery = Type.Object(
  {
    ...listQuery,
    programYear: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Code or name contains (case-insensitive)' })),
  },
  { additionalProperties: false },
);
