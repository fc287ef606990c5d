import { Type } from 'typebox';

/** Field schemas that plans, goals, milestones and assessments share. */
export const Title = Type.String({ minLength: 1, maxLength: 500 });
export const Position = Type.Integer({ minimum: 0, maximum: 10_000, description: 'Order within its parent; omitted, it goes last' });
export const Version = Type.Integer({ minimum: 1, description: 'The version you read; a stale one answers 409' });
