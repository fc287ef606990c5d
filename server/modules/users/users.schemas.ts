import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy.ts';
import { Name, Nullable, Page, StateCode, Timestamp, listQuery } from '../../lib/schemas.ts';
import { Version } from '../program-years/program-years.schemas.ts';

export const Role = Type.Union([Type.Literal('staff'), Type.Literal('coach'), Type.Literal('state_lead'), Type.Literal('state_member')]);
const Email = Type.String({ minLength: 3, maxLength: 254, format: 'email' });
// The policy (server/domain/password-policy.ts) checks the length, so that the 400 says why in its words; the
// schema only bounds what is read.
const Password = Type.String({
  minLength: 1,
  maxLength: 1024,
  description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not a common password, and not the email address or the name`,
});

export const UserCreate = Type.Object(
  {
    email: Email,
    name: Name,
    role: Role,
    stateCode: Type.Optional(Nullable(StateCode)),
    password: Password,
  },
  { additionalProperties: false },
);

export const UserUpdate = Type.Object(
  {
    email: Type.Optional(Email),
    name: Type.Optional(Name),
    role: Type.Optional(Role),
    stateCode: Type.Optional(Nullable(StateCode)),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const MyUpdate = Type.Object(
  {
    name: Type.Optional(Name),
    password: Type.Optional(Password),
    currentPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 256, description: 'Required to change the password' })),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  stateCode: Nullable(Type.String()),
  active: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const UserList = Page(User);

export const UserQuery = Type.Object(
  {
    ...listQuery,
    role: Type.Optional(Role),
    state: Type.Optional(StateCode),
    active: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Name or email contains (case-insensitive)' })),
  },
  { additionalProperties: false },
);
