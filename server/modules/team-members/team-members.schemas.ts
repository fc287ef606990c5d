import { Type } from 'typebox';
import { Name, Nullable, Page, StateCode, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { Version } from '../program-years/program-years.schemas.ts';

const Email = Type.String({ format: 'email', maxLength: 254 });
const JobTitle = Type.String({ minLength: 1, maxLength: 200 });

export const TeamMemberCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    name: Name,
    email: Type.Optional(Nullable(Email)),
    title: Type.Optional(Nullable(JobTitle)),
    isLead: Type.Optional(Type.Boolean()),
    userId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);

export const TeamMemberUpdate = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Nullable(Email)),
    title: Type.Optional(Nullable(JobTitle)),
    isLead: Type.Optional(Type.Boolean()),
    userId: Type.Optional(Nullable(Uuid)),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const TeamMember = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  userId: Nullable(Type.String()),
  name: Type.String(),
  email: Nullable(Type.String()),
  title: Nullable(Type.String()),
  isLead: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const TeamMemberList = Page(TeamMember);

export const TeamMemberQuery = Type.Object(
  { ...listQuery, programYear: Type.Optional(Uuid), state: Type.Optional(StateCode) },
  { additionalProperties: false },
);
