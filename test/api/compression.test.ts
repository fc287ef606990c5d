/**
 * What travels compressed: JSON answers of 1 KB and more for clients that accept brotli or gzip (and only
 * for them), the idempotency store keeping answers as JSON all the same.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeCall, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
let staff: { email: string; id: string };
let coach: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  for (const code of ['AR', 'NE', 'MO', 'KS']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
    await pair(t.db, yearId, code, coach.id);
    await makeCall(t.db, yearId, code, { date: '2026-10-13' });
  }
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

  it('leaves small answers as they are', async () => {
    const me = await get('/api/auth/me', 'br, gzip');
    expect(me.statusCode).toBe(200);
    expect(me.rawPayload.length).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(me.json().user.email).toBe(staff.email);
  });

  it('keeps an idempotent answer as JSON, so that a replay to a compressing client decodes the same', async () => {
    const post = async () =>
      t.app.inject({
        method: 'POST',
        url: '/api/calls',
        headers: { authorization: `Bearer ${await t.tokenFor(coach)}`, 'idempotency-key': 'compressed-1', 'accept-encoding': 'gzip' },
        payload: { programYearId: yearId, stateCode: 'AR', kind: 'planning', status: 'held', date: '2026-11-10', agenda: 'x'.repeat(2000) },
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
