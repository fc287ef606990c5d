import { Type } from 'typebox';
import { IsoDay, Nullable, Page, StateCode, Timestamp, Uuid, yearStateRangeQuery } from '../../lib/schemas.ts';
import { Version } from '../program-years/program-years.schemas.ts';

export const PairingCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    coachId: Uuid,
    startsOn: IsoDay,
    /** Null or absent: to the end of the year. */
    endsOn: Type.Optional(Nullable(IsoDay)),
  },
  { additionalProperties: false },
);

export const PairingUpdate = Type.Object(
  {
    coachId: Type.Optional(Uuid),
    startsOn: Type.Optional(IsoDay),
    endsOn: Type.Optional(Nullable(IsoDay)),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Pairing = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  coachId: Type.String(),
  coachName: Type.String(),
  startsOn: Type.String(),
  endsOn: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const PairingList = Page(Pairing);

export const PairingQuery = Type.Object(
  {
    ...yearStateRangeQuery,
    coach: Type.Optional(Uuid),
    activeOn: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);
