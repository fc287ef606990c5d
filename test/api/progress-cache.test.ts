import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from '../../db/client.ts';
import { calls, dataVersions } from '../../db/schema/index.ts';
import type { BuiltApp } from '../../server/app.ts';
import { appOn, signedInGet } from '../helpers/app.ts';
import { joinYear, makeCall, makeState, makeUser, makeYear } from '../helpers/factories.ts';
import { freshDatabase } from '../helpers/test-db.ts';

// Two app instances on one database stand for two processes behind a load balancer: each keeps its own
// progress snapshot, and the data version in the database is what keeps them honest.
let handle: DbHandle;
const clock = { now: new Date('2026-11-23T15:00:00') };
const apps: BuiltApp[] = [];
let yearId: string;
let staffEmail: string;

const build = async () => {
  const app = await appOn(handle, () => clock.now);
  apps.push(app);
  return app;
};

const get = signedInGet(() => clock.now);
async function progressOf(app: BuiltApp, code: string) {
  const res = await get(app, staffEmail, `/api/progress?programYear=${yearId}`);
  expect(res.statusCode).toBe(200);
  const row = res.json().states.find((s: { stateCode: string }) => s.stateCode === code);
  return Object.fromEntries(row.months.map((m: { month: string; callStatus: string }) => [m.month, m.callStatus])) as Record<string, string>;
}

const version = async () => (await handle.db.select().from(dataVersions).where(eq(dataVersions.topic, 'progress')))[0].version;

beforeAll(async () => {
  handle = await freshDatabase();
  yearId = (await makeYear(handle.db)).id;
  await makeState(handle.db, 'NE');
  await joinYear(handle.db, yearId, 'NE', 'intensive');
  await makeCall(handle.db, yearId, 'NE', { date: '2026-09-22' });
  staffEmail = (await makeUser(handle.db, 'staff')).email;
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await handle.close();
});

describe('the progress view kept between requests', () => {
  it('shows a write made by another process at once, in every process', async () => {
    const [a, b] = [await build(), await build()];
    expect((await progressOf(a, 'NE'))['2026-10']).toBe('missed');
    expect((await progressOf(b, 'NE'))['2026-10']).toBe('missed');
    // Straight into the database, as another process (or a script) would write it.
    const call = await makeCall(handle.db, yearId, 'NE', { date: '2026-10-14' });
    expect((await progressOf(a, 'NE'))['2026-10']).toBe('held');
    expect((await progressOf(b, 'NE'))['2026-10']).toBe('held');
    await handle.db.update(calls).set({ status: 'cancelled' }).where(eq(calls.id, call.id));
    expect((await progressOf(a, 'NE'))['2026-10']).toBe('missed');
    await handle.db.delete(calls).where(eq(calls.id, call.id));
  });

  it('moves on with the calendar even when nothing is written', async () => {
    const app = await build();
    expect((await progressOf(app, 'NE'))['2026-11']).toBe('due');
    clock.now = new Date('2026-12-02T15:00:00');
    try {
      expect((await progressOf(app, 'NE'))['2026-11']).toBe('missed');
    } finally {
      clock.now = new Date('2026-11-23T15:00:00');
    }
    expect((await progressOf(app, 'NE'))['2026-11']).toBe('due');
  });

  it('sends the kept answer compressed to a client that accepts it, and plain to one that does not', async () => {
    const app = await build();
    await progressOf(app, 'NE');
    const asking = (headers: Record<string, string>) => get(app, staffEmail, `/api/progress?programYear=${yearId}`, headers);
    const plain = await asking({});
    const zipped = await asking({ 'accept-encoding': 'gzip, deflate' });
    const brotli = await asking({ 'accept-encoding': 'gzip, deflate, br' });
    const refused = await asking({ 'accept-encoding': 'gzip;q=0, br;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(refused.json()).toEqual(plain.json());
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('gives the data version a new value once per committed transaction, and none for a read or a rollback', async () => {
    const before = await version();
    await handle.db.select().from(calls);
    expect(await version()).toBe(before);
    await handle.db
      .transaction(async (tx) => {
        await tx.insert(calls).values({ programYearId: yearId, stateCode: 'NE', kind: 'full_team', status: 'held', date: '2026-10-20' });
        tx.rollback();
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);
    // A bulk write of several rows: one transaction, one new version.
    await handle.db.execute(sql`update ${calls} set ${sql.identifier('notes')} = 'bulk' where ${calls.stateCode} = 'NE'`);
    const after = await version();
    expect(after).not.toBe(before);
    await handle.db.execute(sql`select 1`);
    expect(await version()).toBe(after);
  });
});
