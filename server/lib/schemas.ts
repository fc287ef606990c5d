import { type TSchema, type TSchemaOptions, Type } from 'typebox';

/** Shared schema pieces; every route builds its request and response schemas from these. */
export const Uuid = Type.String({ format: 'uuid', description: 'Record id (UUID)' });
export const IsoDay = Type.String({ format: 'date', description: 'Calendar day, ISO 8601 (2026-10-15)' });
export const Timestamp = Type.String({ description: 'Instant, ISO 8601 with offset' });
export const StateCode = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'Two-letter postal code', minLength: 2, maxLength: 2 });
export const ClockTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$', description: 'Local time, HH:mm' });
export const Text = (maxLength = 20000) => Type.String({ maxLength });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const Nullable = <T extends TSchema>(schema: T, options?: TSchemaOptions) => Type.Union([schema, Type.Null()], options);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** Paging and the filters every list takes. */
export const listQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
};
export const yearStateRangeQuery = {
  ...listQuery,
  programYear: Type.Optional(Uuid),
  state: Type.Optional(StateCode),
  from: Type.Optional(IsoDay),
  to: Type.Optional(IsoDay),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });

export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});

/** Standard error answers, so that the OpenAPI document lists them. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

export const NoContent = Type.Null({ description: 'No content' });
