import { Type } from 'typebox';
import { Page, StateCode, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { Version } from '../program-years/program-years.schemas.ts';

export const Tier = Type.Union([Type.Literal('intensive'), Type.Literal('light_touch')], {
  description: 'intensive: coached; light_touch: networking only',
});

export const ParticipationCreate = Type.Object(
  { programYearId: Uuid, stateCode: StateCode, tier: Tier },
  { additionalProperties: false },
);

export const ParticipationUpdate = Type.Object(
  { tier: Tier, version: Type.Optional(Version) },
  { additionalProperties: false },
);

export const Participation = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  programYearName: Type.String(),
  startsOn: Type.String({ description: "The year's first day" }),
  endsOn: Type.String({ description: "The year's last day" }),
  stateCode: Type.String(),
  stateName: Type.String(),
  tier: Tier,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const ParticipationList = Page(Participation);

export const ParticipationQuery = Type.Object(
  { ...listQuery, programYear: Type.Optional(Uuid), state: Type.Optional(StateCode), tier: Type.Optional(Tier) },
  { additionalProperties: false },
);
