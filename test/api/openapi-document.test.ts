/**
 * The OpenAPI document as integrators' tools read it, and the HTTP behaviour it promises: an operationId per
 * operation, no security on public routes, the media type of iCalendar answers, the headers and statuses the
 * plugins add, Location on a create, and no 304 that could hand back a stale answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makePlan, makeState, makeUser, makeYear } from '../helpers/factories.ts';

type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};

let t: TestApp;
let token: string;
let operations: { method: string; path: string; operation: Operation }[];

beforeAll(async () => {
  t = await buildTestApp();
  token = await t.tokenFor(await makeUser(t.db, 'staff'));
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
});

const find = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path)?.operation as Operation;

describe('the document', () => {
  it('names every operation once, in one style', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(find('GET', '/api/calls/{id}').operationId).toBe('getCall');
    expect(find('GET', '/api/calls').operationId).toBe('listCalls');
  });

  it('asks no credentials of the routes that declared themselves public, and asks them of every other', () => {
    const declaredPublic = new Set(t.app.registeredRoutes.filter((r) => r.public).map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`));
    for (const { method, path, operation } of operations) {
      const open = Array.isArray(operation.security) && operation.security.length === 0;
      expect(open, `${method} ${path}`).toBe(declaredPublic.has(`${method} ${path}`));
    }
    expect(find('GET', '/api/calendar/{token}.ics').security).toEqual([]);
  });

  it('documents iCalendar answers as text/calendar', () => {
    for (const path of ['/api/calendar/{token}.ics', '/api/calls/{id}.ics', '/api/site-visits/{id}.ics']) {
      expect(Object.keys(find('GET', path).responses['200']?.content ?? {})).toEqual(['text/calendar']);
    }
  });

  it('documents If-Match with 412 and 428 on versioned changes, and ETag on records', () => {
    const patch = find('PATCH', '/api/calls/{id}');
    expect(patch.parameters?.some((p) => p.in === 'header' && p.name === 'If-Match')).toBe(true);
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['412', '428', '415']));
    expect(find('GET', '/api/calls/{id}').responses['200']?.headers).toHaveProperty('ETag');
  });

  it('documents Idempotency-Key and Location on creates, and Retry-After on sign-in limits', () => {
    const create = find('POST', '/api/calls');
    expect(create.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')).toBe(true);
    expect(Object.keys(create.responses['201']?.headers ?? {})).toEqual(expect.arrayContaining(['Location', 'Idempotent-Replayed']));
    expect(find('POST', '/api/auth/login').responses['429']?.headers).toHaveProperty('Retry-After');
  });
});

describe('named schemas', () => {
  it('lists the records under components.schemas and refers to them', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Call', 'CallCreate', 'CallList', 'SiteVisit', 'Error']));
    expect(find('GET', '/api/calls/{id}').responses['200']?.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Call' } } });
  });
});

describe('HTTP behaviour the document promises', () => {
  it('answers a create with the Location of the new record', async () => {
    const created = await t.call(token, 'POST', '/api/states', { code: 'QL', name: 'Locationland' });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/states/QL');
    expect((await t.call(token, 'GET', String(created.headers.location))).statusCode).toBe(200);
  });

  it('never answers 304 to a record whose parts changed under the same version (a plan and its milestone)', async () => {
    const year = await makeYear(t.db);
    await makeState(t.db, 'QN');
    await joinYear(t.db, year.id, 'QN');
    const { plan, milestone } = await makePlan(t.db, year.id, 'QN');
    const first = await t.call(token, 'GET', `/api/plans/${plan.id}`);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"\d+"$/);
    // A copy kept for one user's credentials is never revalidated for another's.
    expect(String(first.headers.vary)).toMatch(/Cookie/);
    expect(String(first.headers.vary)).toMatch(/Authorization/);
    const renamed = await t.call(token, 'PATCH', `/api/milestones/${milestone.id}`, { title: 'Renamed in between', version: milestone.version });
    expect(renamed.statusCode).toBe(200);
    const again = await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: { authorization: `Bearer ${token}`, 'if-none-match': etag } });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Renamed in between');
  });

});
