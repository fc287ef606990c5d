/**
 * What the OpenAPI document says beyond each route's own schema, written once for every route so that the
 * document tells integrators what the server really does: an operationId for each operation, no security on
 * public routes, the media type of non-JSON answers, and the statuses and headers that the plugins add to
 * every route of a kind (If-Match and 412/428 on versioned writes, Idempotency-Key on creates, ETag on records,
 * 415 and 413 on bodies, Retry-After on 429, 503 when the database is away).
 */
import type { FastifyContextConfig } from 'fastify';
import { operationIdFor } from '../lib/operation-ids.ts';
import { recordPathFor } from '../lib/record-location.ts';

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  parameters?: Json[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, Json>;
  security?: unknown[];
  tags?: string[];
};

/** Route-level: the operationId, and `security: []` where the route declared itself public. */
export function transformRoute({ schema, url, route }: { schema: Json; url: string; route: { method: string | string[]; config?: FastifyContextConfig } }) {
  if (!schema || schema.hide) return { schema, url };
  const method = [route.method].flat()[0] as string;
  return {
    schema: {
      ...schema,
      operationId: schema.operationId ?? operationIdFor(method, url),
      ...(route.config?.public ? { security: [] } : {}),
      response: schema.response ? mediaTypedResponses(schema.response as Record<string, Json>) : schema.response,
    },
    url,
  };
}

/** A response schema that names its media type (`contentMediaType`, as JSON Schema has it) is documented as that type. */
function mediaTypedResponses(responses: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, schema]) => {
      const mediaType = schema?.contentMediaType;
      if (typeof mediaType !== 'string') return [status, schema];
      return [status, { description: String(schema.description ?? 'The document'), content: { [mediaType]: { schema } } }];
    }),
  );
}

const ERROR_SCHEMA: Json = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
};
const errorAnswer = (description: string, extra: Json = {}): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  ...extra,
});
const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema });

const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Signing in and out, and the session',
  calls: 'Monthly coaching calls: planning calls with the team lead and full-team calls',
  progress: 'Cross-state progress for a program year',
  audit: 'Who changed what, when, before and after',
  'program years': 'Program years and their timeline activities',
  states: 'States, with their years, pairings and team',
  participations: 'Which states take part in which year, and how (intensive or light touch)',
  users: 'Accounts and roles',
  pairings: 'Coach–state pairings, with start and end dates',
  'team members': "Each state team's members for a year",
  'site visits': 'The two site visits of each state',
  'action items': 'Next steps from calls and site visits',
  events: 'The kick-off, regional meetings and webinars, with attendance per state',
  'peer mentoring': 'Peer-mentoring pairs of states and their exchanges',
  instruments: 'Readiness-assessment instruments: domains and indicators',
  assessments: 'Readiness assessments: baseline, reassessment and growth',
  plans: 'Project plans, their goals and comments',
  milestones: 'Plan milestones and their status history',
  calendar: 'iCalendar files and the private subscription feed',
  playbook: 'Promising practices and resources by domain',
  reports: 'Year-end reports per state and across states',
  search: 'Full-text search, scoped by role',
};

/** Document-level: the standard answers and headers of each kind of operation, the tags, the error schema. */
export function completeDocument(document: Json): Json {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const usedTags = new Set<string>();
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const tag of operation.tags ?? []) usedTags.add(tag);
      completeOperation(method.toUpperCase(), path, operation, (candidate) => Boolean(paths[candidate]?.get));
    }
  }
  const components = (document.components ?? {}) as Json;
  const schemas: Json = { ...((components.schemas as Json) ?? {}), Error: ERROR_SCHEMA };
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const media of Object.values(operation.requestBody?.content ?? {})) media.schema = hoist(media.schema, schemas) as Json;
      for (const answer of Object.values(operation.responses ?? {})) {
        for (const media of Object.values((answer.content ?? {}) as Record<string, { schema?: Json }>)) media.schema = hoist(media.schema, schemas) as Json;
      }
    }
  }
  return {
    ...document,
    tags: [...usedTags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    components: { ...components, schemas },
  };
}

/**
 * Moves each named schema (a `title`, given by schema-names.ts) into components.schemas and points at it, inner
 * ones first. A second, different schema under a taken name stays inline.
 */
function hoist(node: unknown, schemas: Json): unknown {
  if (Array.isArray(node)) return node.map((item) => hoist(item, schemas));
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, hoist(value, schemas)]));
  const name = (node as { title?: unknown }).title;
  if (typeof name !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(name)) return copy;
  const taken = schemas[name];
  if (taken !== undefined && JSON.stringify(taken) !== JSON.stringify(copy)) return copy;
  schemas[name] = copy;
  return { $ref: `#/components/schemas/${name}` };
}

function completeOperation(method: string, path: string, operation: Operation, hasGet: (path: string) => boolean) {
  const responses = (operation.responses ??= {});
  const parameters = (operation.parameters ??= []);
  const body = operation.requestBody?.content?.['application/json']?.schema as { properties?: Json } | undefined;
  const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
  const versioned = Boolean(body?.properties && 'version' in body.properties);

  if (versioned) {
    parameters.push({
      in: 'header',
      name: 'If-Match',
      required: false,
      description: 'The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field',
      schema: { type: 'string' },
    });
    responses['412'] ??= {
      description: 'The record changed since the version you sent; `current` is the record as it is now',
      headers: { ETag: header('The current version') },
      content: {
        'application/json': {
          schema: { allOf: [{ $ref: '#/components/schemas/Error' }, { type: 'object', properties: { current: { type: 'object' } } }] },
        },
      },
    };
    responses['428'] ??= errorAnswer('No version sent: send If-Match with the ETag you read, or the version field');
  }
  if (method === 'POST' && !isPublic) {
    parameters.push({
      in: 'header',
      name: 'Idempotency-Key',
      required: false,
      description: 'A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    });
    responses['422'] ??= errorAnswer('The Idempotency-Key was already used for a different request');
    for (const [status, answer] of Object.entries(responses)) {
      if (status.startsWith('2')) answer.headers = { ...(answer.headers as Json), 'Idempotent-Replayed': header('true when this is the replay of an earlier answer to the same key', { type: 'string', enum: ['true'] }) };
    }
  }
  if (operation.requestBody) {
    responses['413'] ??= errorAnswer('The body is larger than 1 MiB');
    responses['415'] ??= errorAnswer('The body is not application/json');
  }
  for (const [status, answer] of Object.entries(responses)) {
    const schema = (answer.content as Record<string, { schema?: { properties?: Json } }> | undefined)?.['application/json']?.schema;
    if (status.startsWith('2') && method !== 'DELETE' && schema?.properties && 'version' in schema.properties) {
      answer.headers = { ...(answer.headers as Json), ETag: header("The record's version, for If-Match on a change") };
    }
    if (status === '201' && recordPathFor(path, hasGet)) {
      answer.headers = { ...(answer.headers as Json), Location: header('Where the created record can be read') };
    }
    if (status === '429') answer.headers = { ...(answer.headers as Json), 'Retry-After': header('Seconds until another attempt may succeed', { type: 'integer' }) };
  }
  if (path.includes('{')) responses['414'] ??= errorAnswer('A path parameter is longer than the router takes (100 characters)');
  if (!path.startsWith('/healthz') && !path.startsWith('/readyz')) responses['503'] ??= errorAnswer('The database is not reachable; try again shortly');
  if (!isPublic) responses['401'] ??= errorAnswer('Not signed in, or the session has ended');
}
