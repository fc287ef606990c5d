/**
 * Safe retries: a create sent twice with the same Idempotency-Key writes once and answers the same both
 * times; the key belongs to its user and its request; a refused request frees it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calls } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, makeCast } from '../helpers/factories-assessment.ts';
import { makeYear } from '../helpers/factories.ts';
import { rowCount } from '../helpers/factories-setup.ts';

let t: TestApp;
let yearId: string;
let coach: CastUser;
let staff: CastUser;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  // The coach is AR's: the calls below are logged for AR.
  ({ staff, coach } = await makeCast(t.db, yearId));
});

const callBody = (agenda: string) => ({ programYearId: yearId, stateCode: 'AR', kind: 'planning', status: 'held', date: '2026-11-10', agenda });

async function post(user: { email: string }, key: string | undefined, body: unknown) {
  const token = await t.tokenFor(user);
  return t.app.inject({
    method: 'POST',
    url: '/api/calls',
    headers: { authorization: `Bearer ${token}`, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    payload: body as object,
  });
}

describe('POST with an Idempotency-Key', () => {
  it('replays the first answer for the same key and body, writing once', async () => {
    const before = await rowCount(t.db, calls);
    const first = await post(coach, 'retry-1', callBody('Retried'));
    expect(first.statusCode).toBe(201);
    const again = await post(coach, 'retry-1', callBody('Retried'));
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await rowCount(t.db, calls)).toBe(before + 1);
  });

  it('refuses the same key with a different body with 422, writing nothing', async () => {
    await post(coach, 'retry-2', callBody('One'));
    const before = await rowCount(t.db, calls);
    const other = await post(coach, 'retry-2', callBody('Two'));
    expect(other.statusCode).toBe(422);
    expect(other.json().message).toMatch(/different request/);
    expect(await rowCount(t.db, calls)).toBe(before);
  });

  it('keeps keys per user: another user with the same key and body makes their own record', async () => {
    const before = await rowCount(t.db, calls);
    const mine = await post(coach, 'shared-key', callBody('Mine'));
    const theirs = await post(staff, 'shared-key', callBody('Mine'));
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await rowCount(t.db, calls)).toBe(before + 2);
  });

  it('frees the key when the request is refused, so a corrected retry goes through', async () => {
    const bad = await post(coach, 'fix-and-retry', { ...callBody('Bad'), date: '2031-01-01' });
    expect(bad.statusCode).toBe(400);
    const refused = await post(coach, 'fix-and-retry', { ...callBody('Bad'), date: '2031-01-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['idempotent-replayed']).toBeUndefined();
  });

  it('writes once when the same request races itself', async () => {
    const before = await rowCount(t.db, calls);
    const answers = await Promise.all([1, 2, 3].map(() => post(coach, 'race', callBody('Raced'))));
    const created = answers.filter((a) => a.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    expect(await rowCount(t.db, calls)).toBe(before + 1);
  });

  it('refuses a key longer than 200 characters with 400', async () => {
    const res = await post(coach, 'k'.repeat(201), callBody('Long key'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/idempotency-key/);
  });

  it('creates every time without a key', async () => {
    const before = await rowCount(t.db, calls);
    await post(coach, undefined, callBody('No key'));
    await post(coach, undefined, callBody('No key'));
    expect(await rowCount(t.db, calls)).toBe(before + 2);
  });
});
