import { type TProperties, Type } from 'typebox';

/** The same fields, each optional: a PATCH body is its POST body's fields, any of them. */
export const optionalFields = <P extends TProperties>(properties: P) => Type.Partial(Type.Object(properties)).properties;

/** Optimistic locking: PATCH bodies may carry the version the client read. */
export const versionField = {
  version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version you read; a stale one answers 412 (or send If-Match)' })),
};
