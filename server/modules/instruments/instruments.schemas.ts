import { Type } from 'typebox';
import { Name, Page, Text, Timestamp, listQuery } from '../../lib/schemas.ts';

/** A key names a domain or an indicator in exports and growth reports: lower case, digits, dots and dashes. */
const Key = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]*$', minLength: 1, maxLength: 100, description: 'Stable key, unique within its parent' });

export const IndicatorInput = Type.Object(
  {
    key: Key,
    text: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const DomainInput = Type.Object(
  {
    key: Key,
    title: Name,
    description: Type.Optional(Text(5000)),
    indicators: Type.Array(IndicatorInput, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const InstrumentCreate = Type.Object(
  {
    name: Name,
    revision: Type.Optional(Type.Integer({ minimum: 1, description: 'Omit for the next revision of an instrument with this name (1 for a new one)' })),
    description: Type.Optional(Text(5000)),
    domains: Type.Array(DomainInput, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const Indicator = Type.Object({
  id: Type.String(),
  domainId: Type.String(),
  key: Type.String(),
  text: Type.String(),
  position: Type.Integer(),
});

export const Domain = Type.Object({
  id: Type.String(),
  instrumentId: Type.String(),
  key: Type.String(),
  title: Type.String(),
  description: Type.String(),
  position: Type.Integer(),
  indicators: Type.Array(Indicator),
});

const instrumentFields = {
  id: Type.String(),
  name: Type.String(),
  revision: Type.Integer(),
  description: Type.String(),
  domainCount: Type.Integer({ minimum: 0 }),
  indicatorCount: Type.Integer({ minimum: 0 }),
  /** How many assessments use it: an instrument in use is never changed or deleted. */
  assessmentCount: Type.Integer({ minimum: 0 }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const InstrumentSummary = Type.Object(instrumentFields);
export const Instrument = Type.Object({ ...instrumentFields, domains: Type.Array(Domain) });
export const InstrumentList = Page(InstrumentSummary);

export const InstrumentQuery = Type.Object(
  { ...listQuery, name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Only revisions of this instrument' })) },
  { additionalProperties: false },
);
