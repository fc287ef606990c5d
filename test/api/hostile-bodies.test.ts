/**
 * Bodies and query strings built to break the server rather than to use it: JSON nested hundreds of thousands
 * of levels deep, unterminated, or just past the depth the app accepts. Each is a 400 in the usual JSON shape,
 * on a public route and a signed-in one, through app.inject and over a real socket; never a 500.
 */
import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../server/plugins/validation.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeUser } from '../helpers/factories.ts';

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await buildTestApp();
  token = await t.tokenFor(await makeUser(t.db, 'staff'));
});

const HUGE = 500_000;
/** `levels` arrays inside each other: `[[[…]]]`. */
const nestedArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** `levels` objects inside each other: `{"a":{"a":…1…}}`. */
const nestedObjects = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

const hostile: [string, string][] = [
  [`${HUGE} nested arrays`, nestedArrays(HUGE)],
  [`${HUGE} nested objects`, nestedObjects(HUGE / 5)],
  [`${HUGE} unterminated [`, '['.repeat(HUGE)],
  [`an object holding ${HUGE} nested arrays`, `{"email":"a@b.c","password":${nestedArrays(HUGE / 2)}}`],
];

function send(url: string, payload: string, auth?: string) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    payload,
  });
}

describe('deeply nested or broken JSON bodies', () => {
  for (const [label, payload] of hostile) {
    it(`answers 400 to ${label} on the public sign-in route`, async () => {
      const res = await send('/api/auth/login', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it(`answers 400 to ${label} on a signed-in route`, async () => {
      const res = await send('/api/states', payload, token);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });
  }

  it('names the reason when the body is nested one level deeper than the app accepts', async () => {
    const res = await send('/api/states', nestedArrays(MAX_JSON_DEPTH + 1), token);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('body: nested too deeply');
    const objects = await send('/api/auth/login', `{"email":"a@b.c","password":"x","extra":${nestedObjects(MAX_JSON_DEPTH)}}`);
    expect(objects.statusCode).toBe(400);
    expect(objects.json().message).toBe('body: nested too deeply');
  });

  it('lets a body at the depth limit through to the schema, which decides (here: the wrong type)', async () => {
    const res = await send('/api/states', nestedArrays(MAX_JSON_DEPTH), token);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).not.toBe('body: nested too deeply');
    expect(res.json().message).toMatch(/^body/);
  });

  it('still finds a NUL character at the bottom of an allowed depth, naming its path', async () => {
    const deep = `{"code":"ZZ","name":${'['.repeat(10)}"a\\u0000b"${']'.repeat(10)}}`;
    const res = await send('/api/states', deep, token);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(`body.name${'.0'.repeat(10)} must not contain a NUL character`);
  });
});

describe('hostile query strings', () => {
  it('answers 400, not 500, to bracket-nested, huge and NUL-holding query strings', async () => {
    const queries = [
      `q=${'['.repeat(20_000)}`,
      `${'a['.repeat(5_000)}b${']'.repeat(5_000)}=1`,
      Array.from({ length: 5_000 }, (_, i) => `k${i}=${i}`).join('&'),
      `limit=${'9'.repeat(5_000)}`,
      'q=%00',
    ];
    for (const query of queries) {
      const res = await t.app.inject({ method: 'GET', url: `/api/search?${query}`, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode, `${query.slice(0, 40)}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${query.slice(0, 40)}: ${res.body}`).toBeLessThan(500);
    }
  });
});

describe('over a real socket', () => {
  it('answers 400 to half a million nested arrays on sign-in and keeps serving', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const payload = nestedArrays(HUGE);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${address}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(payload);
    });
    expect(answer.status, answer.body).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const health = await fetch(`${address}/healthz`);
    expect(health.status).toBe(200);
  });
});
