import { Type } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../lib/schemas.ts';

export const PlanComment = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  milestoneId: Nullable(Type.String()),
  authorId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  body: Type.String(),
  createdAt: Timestamp,
});

export const PlanCommentCreate = Type.Object(
  {
    planId: Uuid,
    milestoneId: Type.Optional(Nullable(Uuid)),
    body: Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S', description: 'The comment, 1–5000 characters' }),
  },
  { additionalProperties: false },
);
