import { Type } from 'typebox';
import { versionField } from '../../lib/schema-parts.ts';
import { Nullable, Page, StateCode, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';

const DomainKey = Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{0,62}$', description: 'Key of an assessment domain, such as employers' });
const Url = Type.String({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$', maxLength: 2000, description: 'An http(s) link to the resource' });

const entryFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  stateCode: Nullable(StateCode),
  summary: Type.String({ maxLength: 5000 }),
  url: Nullable(Url),
  domains: Type.Array(DomainKey, { maxItems: 20, uniqueItems: true, description: 'The assessment domains the entry serves, by key' }),
};

export const PlaybookEntryCreate = Type.Object(
  {
    title: entryFields.title,
    stateCode: Type.Optional(entryFields.stateCode),
    summary: Type.Optional(entryFields.summary),
    url: Type.Optional(entryFields.url),
    domains: Type.Optional(entryFields.domains),
  },
  { additionalProperties: false },
);

export const PlaybookEntryUpdate = Type.Object(
  {
    title: Type.Optional(entryFields.title),
    stateCode: Type.Optional(entryFields.stateCode),
    summary: Type.Optional(entryFields.summary),
    url: Type.Optional(entryFields.url),
    domains: Type.Optional(entryFields.domains),
    ...versionField,
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PlaybookDomain = Type.Object({ key: Type.String(), title: Type.String() });

export const PlaybookEntry = Type.Object({
  id: Type.String(),
  title: Type.String(),
  stateCode: Nullable(Type.String()),
  stateName: Nullable(Type.String()),
  summary: Type.String(),
  url: Nullable(Type.String()),
  domains: Type.Array(PlaybookDomain),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const PlaybookEntryList = Page(PlaybookEntry);
export const PlaybookDomainList = Type.Object({ items: Type.Array(PlaybookDomain), total: Type.Integer({ minimum: 0 }) });

export const PlaybookQuery = Type.Object(
  {
    ...listQuery,
    domain: Type.Optional(DomainKey),
    state: Type.Optional(StateCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words in the title or summary' })),
  },
  { additionalProperties: false },
);

export const CallResourceParams = Type.Object({ id: Uuid, entryId: Uuid }, { additionalProperties: false });
export const CallResourceAttach = Type.Object({ entryId: Uuid }, { additionalProperties: false });

export const StatePlaybookQuery = Type.Object({ programYear: Uuid }, { additionalProperties: false });

export const PlaybookMatch = Type.Object({ ...PlaybookEntry.properties, matchedDomains: Type.Array(Type.String(), { description: 'Keys of the priority domains it serves' }) });

export const StatePlaybook = Type.Object({
  stateCode: Type.String(),
  /** The baseline assessment whose priorities are matched; null when the state has none that year. */
  assessmentId: Nullable(Type.String()),
  priorities: Type.Array(PlaybookDomain),
  items: Type.Array(PlaybookMatch),
  total: Type.Integer({ minimum: 0 }),
});
