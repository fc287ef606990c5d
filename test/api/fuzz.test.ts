/**
 * Property-based fuzzing of every route in the OpenAPI document, as every role: random and hostile path
 * ids, query strings and bodies (huge strings, unicode, NUL bytes, SQL and script fragments, negative and
 * fractional numbers, wrong types), shaped loosely by each route's own schema so that many get past
 * validation into the services. No answer may be a 5xx, and a refused request (4xx) may not write a row.
 * The seed is fixed so that CI is repeatable; set FUZZ_SEED (and FUZZ_RUNS) to explore further.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeActionItem, makeEvent, makeMentoringPair } from '../helpers/factories-engagement.ts';
import { makeCall, makePlan, makeVisit } from '../helpers/factories.ts';
import { type Fixtures, setUpFixtures } from '../helpers/permission-cases.ts';
import { answerChecker } from '../helpers/openapi-answers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  format?: string;
  in?: string;
  name?: string;
  schema?: JsonSchema;
};
interface Operation {
  method: string;
  path: string;
  params: { in: string; name: string; schema?: JsonSchema }[];
  body?: JsonSchema;
}

let t: TestApp;
let fixtures: Fixtures;
let operations: Operation[];
let answers: ReturnType<typeof answerChecker>;
const tokens: Record<string, string | null> = { anonymous: null };
let realIds: string[] = [];
let countTables: string[] = [];

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "'; drop table calls; --",
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '../../etc/passwd',
    'nul\u0000byte',
    '\uD800',
    '%00',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    'NaN',
    '-1',
    '1e309',
    'null',
    'true',
    '{}',
    '[]',
    '   ',
    '',
    'ZZ',
    'ar',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.constant('x'.repeat(70_000)),
  fc.constant('𝕏'.repeat(5_000)),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 0, 0.5, 1.5, 2 ** 31, -(2 ** 53), 1e308));
const hostileScalar = fc.oneof(hostileText, hostileNumber, fc.boolean(), fc.constant(null));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 3 }) },
);

/** A value that follows the schema often enough to get past validation, and breaks it the rest of the time. */
function valueFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 3) return hostileValue;
  const plausible = plausibleFor(schema, depth);
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostileValue });
}

function plausibleFor(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => valueFor(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'date') return fc.oneof(fc.constantFrom('2026-08-01', '2026-10-15', '2027-02-28', '2027-07-31', '2025-01-01', '2030-06-30'), hostileText);
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...realIds), fc.uuid(), hostileText);
      if (schema.format === 'uri') return fc.constantFrom('https://example.org/evidence', 'javascript:alert(1)', 'ftp://x', 'https://' + 'a'.repeat(3000));
      if (schema.format === 'email') return fc.constantFrom('someone@example.org', 'not-an-email', `${'a'.repeat(300)}@x.org`);
      return fc.oneof(fc.constantFrom('AR', 'IA', 'Notes', 'planning', 'full_team', 'held'), hostileText);
    case 'integer':
      return fc.oneof(fc.integer({ min: -3, max: 10 }), hostileNumber);
    case 'number':
      return hostileNumber;
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(schema.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0) return fc.dictionary(fc.string({ maxLength: 6 }), hostileScalar, { maxKeys: 2 });
      return fc
        .tuple(fc.subarray(props), fc.option(fc.tuple(fc.string({ maxLength: 10 }), hostileScalar), { freq: 8 }))
        .chain(([chosen, extra]) =>
          fc.record(Object.fromEntries(chosen.map(([name, s]) => [name, valueFor(s, depth + 1)]))).map((body) => (extra ? { ...body, [extra[0]]: extra[1] } : body)),
        );
    }
    default:
      return hostileValue;
  }
}

const paramValue = () => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...realIds, 'AR', 'IA', 'ar') }, { weight: 2, arbitrary: fc.uuid() }, { weight: 3, arbitrary: hostileText });

function requestFor(op: Operation) {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  return fc.record({
    op: fc.constant(op),
    role: fc.constantFrom('anonymous', 'staff', 'coach', 'state_lead', 'state_member'),
    path: fc.tuple(...pathParams.map(() => paramValue())),
    query: fc.subarray(queryParams).chain((chosen) => fc.tuple(...chosen.map((p) => fc.tuple(fc.constant(p.name), valueFor(p.schema))))),
    body: op.body ? valueFor(op.body) : fc.constant(undefined),
  });
}

/** Lone surrogates cannot travel in a URL at all; a client would have replaced them (Node 20 has the method, its types do not). */
const wellFormed = (text: string): string => (text as unknown as { toWellFormed(): string }).toWellFormed();

async function rowCounts(): Promise<string> {
  const select = countTables.map((name) => `(select count(*) from "${name}")`).join(', ');
  const result = await t.db.execute(sql.raw(`select ${select}`));
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return JSON.stringify(Object.values(rows[0] ?? {}));
}

beforeAll(async () => {
  t = await buildTestApp();
  fixtures = await setUpFixtures(t);
  for (const role of ['staff', 'coach', 'state_lead', 'state_member'] as const) tokens[role] = await t.tokenFor(fixtures.users[role]);
  // Records of every kind, in and out of the callers' states, so that real ids reach the services.
  for (const state of ['AR', 'IA']) {
    const call = await makeCall(t.db, fixtures.yearId, state);
    const visit = await makeVisit(t.db, fixtures.yearId, state);
    const item = await makeActionItem(t.db, state, { callId: call.id });
    const { plan, goal, milestone } = await makePlan(t.db, fixtures.yearId, state);
    realIds.push(call.id, visit.id, item.id, plan.id, goal.id, milestone.id);
  }
  const event = await makeEvent(t.db, fixtures.yearId);
  const pairRow = await makeMentoringPair(t.db, fixtures.yearId, 'AR', 'IA');
  realIds.push(fixtures.yearId, event.id, pairRow.id, fixtures.users.coach.id, fixtures.users.state_lead.id);
  realIds = [...new Set(realIds)];

  const tables = (await t.db.execute(sql.raw(`select tablename from pg_tables where schemaname = 'public' order by tablename`))) as unknown as {
    rows: { tablename: string }[];
  };
  // Sessions and idempotency keys are written by sign-in and reserved keys, not by the records under test.
  countTables = tables.rows.map((r) => r.tablename).filter((name) => !['sessions', 'idempotency_keys', '__drizzle_migrations'].includes(name));

  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  };
  answers = answerChecker(doc as never);
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      // Signing out would end the shared sessions; its own tests cover it.
      .filter(([method]) => !(method === 'post' && path === '/api/auth/logout'))
      .map(([method, spec]) => ({
        method: method.toUpperCase(),
        path,
        params: spec.parameters ?? [],
        body: spec.requestBody?.content?.['application/json']?.schema,
      })),
  );
});

describe('fuzzing every documented route as every role', () => {
  it('never answers 5xx, and never writes a row for a refused request', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operations).chain(requestFor), async ({ op, role, path, query, body }) => {
        let i = 0;
        const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(wellFormed(String(path[i++] ?? 'x'))));
        const search = new URLSearchParams(query.map(([name, value]) => [name, wellFormed(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))]));
        const token = tokens[role];
        const before = await rowCounts();
        const res = await t.app.inject({
          method: op.method as 'GET',
          url: search.size ? `${url}?${search}` : url,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        });
        const key = `${op.method} ${op.path} → ${res.statusCode}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        if (res.statusCode >= 500) throw new Error(`${op.method} ${url} as ${role} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        // Hostile input's answers too are what the OpenAPI document says they are.
        const problems = answers.problems(op.method, op.path, res);
        if (problems.length > 0) throw new Error(`${url} as ${role}: ${problems.join('; ')}`);
        // Errors are always JSON; a successful .ics route answers an iCalendar document.
        const calendarFile = res.statusCode < 300 && op.path.endsWith('.ics');
        expect(res.headers['content-type'] ?? '').toMatch(res.statusCode === 204 ? /.*/ : calendarFile ? /^text\/calendar/ : /application\/json/);
        if (res.statusCode >= 400) {
          const after = await rowCounts();
          if (after !== before) throw new Error(`${op.method} ${url} as ${role} answered ${res.statusCode} but rows changed`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const reachedHandlers = [...seen.keys()].filter((k) => /→ 2\d\d$/.test(k)).length;
    console.log(`fuzz: ${RUNS} requests over ${operations.length} operations; ${reachedHandlers} operation/2xx pairs reached`);
  }, 600_000);
});
