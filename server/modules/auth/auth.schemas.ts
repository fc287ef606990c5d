import { Type } from 'typebox';
import { Nullable } from '../../lib/schemas.ts';

export const Credentials = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, format: 'email' }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('staff'), Type.Literal('coach'), Type.Literal('state_lead'), Type.Literal('state_member')]),
  stateCode: Nullable(Type.String()),
  active: Type.Boolean(),
});

export const Me = Type.Object({
  user: UserView,
  /** The states this user can see: all for staff. */
  states: Type.Array(Type.String()),
  allStates: Type.Boolean(),
});

export const LoginAnswer = Type.Object({
  token: Type.String({ description: 'The access token (bearer); short-lived' }),
  expiresAt: Type.String({ description: 'When the access token expires' }),
  refreshToken: Type.String({ description: 'Trade it at POST /api/auth/refresh for a new access token (and a new refresh token)' }),
  refreshExpiresAt: Type.String({ description: 'When the session ends; sign in again after it' }),
  user: UserView,
});

export const RefreshBody = Type.Object(
  { refreshToken: Type.Optional(Type.String({ minLength: 20, maxLength: 200, description: 'Without it, the refresh cookie is used' })) },
  { additionalProperties: false },
);
