import { Type } from 'typebox';
import { Nullable, Text, Timestamp, Uuid } from '../../lib/schemas.ts';
import { Position, Title, Version } from '../plans/plan-fields.ts';

const DomainId = Nullable(Type.String({ format: 'uuid', description: 'The assessment domain this goal develops (optional)' }));

export const goalFields = {
  id: Type.String(),
  planId: Type.String(),
  domainId: Nullable(Type.String()),
  domainKey: Nullable(Type.String()),
  domainTitle: Nullable(Type.String()),
  title: Type.String(),
  description: Type.String(),
  position: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const Goal = Type.Object(goalFields);

export const GoalCreate = Type.Object(
  {
    planId: Uuid,
    domainId: Type.Optional(DomainId),
    title: Title,
    description: Type.Optional(Text(5000)),
    position: Type.Optional(Position),
  },
  { additionalProperties: false },
);

export const GoalUpdate = Type.Object(
  {
    domainId: Type.Optional(DomainId),
    title: Type.Optional(Title),
    description: Type.Optional(Text(5000)),
    position: Type.Optional(Position),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);
