/**
 * The API's answers, as the browser sees them: aliases of the types generated from the server's OpenAPI
 * document (web/src/lib/api/schema.d.ts, written by `npm run api:types` from the TypeBox schemas in
 * server/modules/<area>/<area>.schemas.ts). To change one, change the server's schema and regenerate.
 */
import type { components, operations } from './api/schema.d.ts';

/** The document's named schemas (components.schemas), for the api-*.ts modules. */
export type Schemas = components['schemas'];

/**
 * An operation's query as a page holds it before sending: every value optional and also nullable, since
 * `toQuery` (api-calls.ts) drops empty ones. Web-only: the shape the route takes, loosened for forms.
 */
export type QueryOf<Op extends keyof operations> = {
  [K in keyof NonNullable<operations[Op]['parameters']['query']>]?: NonNullable<operations[Op]['parameters']['query']>[K] | null;
};

/** The JSON body of an operation's 200 answer, for the answers that have no named schema. */
export type AnswerOf<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/** A calendar day, ISO 8601 (2026-10-15). Web-only: the document says `format: date` on a plain string. */
export type IsoDay = string;
/** A month key, yyyy-MM (2026-10). Web-only: the document has no type for it. */
export type MonthKey = string;

/** Every list answers `{ items, total }`. Web-only: a generic the per-list generated types (CallList, …) fit. */
export interface Page<T> {
  items: T[];
  total: number;
}

// ---- auth (server/modules/auth/auth.schemas.ts) ----

export type Role = Schemas['Role'];
/** The signed-in user as auth answers it (the server's UserView; admin's User adds timestamps). */
export type User = Schemas['UserView'];
export type Me = Schemas['Me'];
export type LoginAnswer = Schemas['LoginAnswer'];

// ---- program years (server/modules/program-years/program-years.schemas.ts) ----

export type ActivityKind = Schemas['ActivityKind'];
export type ProgramYear = Schemas['Year'];

// ---- progress (server/modules/progress/progress.schemas.ts) ----

export type ProgressAnswer = Schemas['ProgressView'];
export type StateProgress = ProgressAnswer['states'][number];
export type ProgressMonth = StateProgress['months'][number];
export type StateCheckpoint = StateProgress['checkpoints'][number];
export type MilestoneSummary = StateProgress['milestones'];
export type YearMonth = ProgressAnswer['months'][number];
export type TimelineActivity = ProgressAnswer['activities'][number];
export type CallStatus = ProgressMonth['callStatus'];
export type CheckpointStatus = StateCheckpoint['status'];
export type Health = StateProgress['health'];
export type Tier = Schemas['Tier'];

/** The body of every failed API answer (Fastify's shape). */
export type ErrorBody = Schemas['ErrorBody'];
