import { Type } from 'typebox';
import { IdParams, Nullable, Timestamp } from '../../lib/schemas.ts';

export const FeedStatus = Type.Object(
  {
    active: Type.Boolean({ description: 'Whether you have a live subscription URL' }),
    createdAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);

export const CreatedFeed = Type.Object(
  {
    active: Type.Literal(true),
    createdAt: Timestamp,
    url: Type.String({ description: 'The private subscription URL; shown only now, keep it like a password' }),
  },
  { additionalProperties: false },
);

export const FeedParams = Type.Object(
  { token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,128}$', description: 'The secret token of a subscription URL' }) },
  { additionalProperties: false },
);

export const IcsParams = IdParams;

export const IcsBody = Type.String({ description: 'An iCalendar (RFC 5545) document', contentMediaType: 'text/calendar' });
