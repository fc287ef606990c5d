/**
 * What travels compressed: the kept progress answer, JSON answers of 32 KB and more for clients that accept brotli or gzip (and only
 * for them), the idempotency store keeping answers as JSON all the same, and the dashboard's files served
 * from their build-time .br and .gz, with the hashed ones cached for good.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, makeCast } from '../helpers/factories-assessment.ts';
import { joinYear, makeCall, makeState, makeYear } from '../helpers/factories.ts';
import { freshDatabase } from '../helpers/test-db.ts';

let t: TestApp;
let yearId: string;
let staff: CastUser;
let coach: CastUser;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  // AR and IA take part, the coach is AR's; two more states and a call in each make a progress answer worth compressing.
  ({ staff, coach } = await makeCast(t.db, yearId));
  for (const code of ['MO', 'KS']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
  }
  for (const code of ['AR', 'IA', 'MO', 'KS']) await makeCall(t.db, yearId, code, { date: '2026-10-13' });
});

async function get(url: string, encoding?: string) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(staff)}`, ...(encoding ? { 'accept-encoding': encoding } : {}) },
  });
}

describe('compressed answers', () => {
  it('sends the progress answer as brotli or gzip to clients that accept it, the same JSON once decoded', async () => {
    const url = `/api/progress?programYear=${yearId}`;
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get(url, 'br, gzip');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());

    const gzip = await get(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('leaves answers under 32 KB as they are: compressing them costs more CPU than it saves time', async () => {
    const me = await get('/api/auth/me', 'br, gzip');
    expect(me.statusCode).toBe(200);
    expect(me.rawPayload.length).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(me.json().user.email).toBe(staff.email);
    const list = await get(`/api/calls?programYear=${yearId}`, 'br, gzip');
    expect(list.statusCode).toBe(200);
    expect(list.rawPayload.length).toBeLessThan(32 * 1024);
    expect(list.headers['content-encoding']).toBeUndefined();
    expect(list.json().items.length).toBeGreaterThan(0);
  });

  it('keeps an idempotent answer as JSON, so that a replay to a compressing client decodes the same', async () => {
    const post = async () =>
      t.app.inject({
        method: 'POST',
        url: '/api/calls',
        headers: { authorization: `Bearer ${await t.tokenFor(coach)}`, 'idempotency-key': 'compressed-1', 'accept-encoding': 'gzip' },
        // Over 32 KB, so that the answer travels compressed.
        payload: { programYearId: yearId, stateCode: 'AR', kind: 'planning', status: 'held', date: '2026-11-10', agenda: 'x'.repeat(20000), notes: 'y'.repeat(15000) },
      });
    const decode = (res: Awaited<ReturnType<typeof post>>) =>
      JSON.parse((res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.rawPayload) : res.rawPayload).toString('utf8'));
    const first = await post();
    expect(first.statusCode).toBe(201);
    expect(first.headers['content-encoding']).toBe('gzip');
    const again = await post();
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(decode(again)).toEqual(decode(first));
  });
});

describe("the dashboard's files", () => {
  const webDir = mkdtempSync(path.join(tmpdir(), 'tracker-web-'));
  let web: Awaited<ReturnType<typeof buildApp>>;
  const script = `export const answer = ${JSON.stringify('forty-two '.repeat(200))};\n`;
  const html = '<!doctype html><title>dashboard</title><script>console.log(1)</script>';

  beforeAll(async () => {
    mkdirSync(path.join(webDir, '_app', 'immutable', 'chunks'), { recursive: true });
    const chunk = path.join(webDir, '_app', 'immutable', 'chunks', 'a1b2c3.js');
    writeFileSync(chunk, script);
    writeFileSync(`${chunk}.br`, brotliCompressSync(script));
    writeFileSync(`${chunk}.gz`, gzipSync(script));
    writeFileSync(path.join(webDir, 'index.html'), html);
    writeFileSync(path.join(webDir, 'index.html.br'), brotliCompressSync(html));
    const handle = await freshDatabase();
    web = await buildApp({
      config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir },
      db: handle,
      logger: false,
      serveWeb: true,
    });
    await web.ready();
    return async () => {
      await web.close();
      await handle.close();
    };
  });
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  it('serves a hashed file from its .br or .gz, cached for a year, and as it is to clients that accept neither', async () => {
    const url = '/_app/immutable/chunks/a1b2c3.js';
    const br = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(script);

    const gzip = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(script);

    const plain = await web.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('serves a hashed file kept in memory the same way every time, HEAD included', async () => {
    const url = '/_app/immutable/chunks/a1b2c3.js';
    for (let i = 0; i < 3; i += 1) {
      const br = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(script);
    }
    const head = await web.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toMatch(/javascript/);
    expect(head.body).toBe('');
  });

  it('answers a missing or made-up asset path with a 404, never a file outside the folder', async () => {
    writeFileSync(path.join(webDir, '_app', 'immutable', 'chunks', 'notes.unknown'), 'not a build file');
    for (const url of [
      '/_app/immutable/chunks/missing.js',
      '/_app/immutable/chunks/a1b2c3.js.br',
      '/_app/immutable/chunks/notes.unknown',
      '/_app/immutable/chunks/..%2f..%2f..%2findex.html',
      '/_app/immutable/chunks/.hidden.js',
      '/_app/immutable/.hidden.js',
      '/_app/immutable/..%2findex.html',
      '/_app/immutable/chunks',
    ]) {
      const res = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, `${url} ${res.body.slice(0, 200)}`).toBe(404);
      expect(res.body, url).not.toContain('<title>dashboard</title>');
      expect(res.body, url).not.toContain('forty-two');
    }
  });

  it('does not let browsers keep the page itself, which names the current build', async () => {
    for (const url of ['/', '/progress']) {
      const res = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).not.toMatch(/immutable/);
      const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString('utf8') : res.body;
      expect(body, url).toBe(html);
    }
  });
});
