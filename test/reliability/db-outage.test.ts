/**
 * The database goes away under load: 50 clients read and write for 30 seconds while the server's PostgreSQL
 * (a throwaway one of this test's own) is stopped for 5 seconds and started again. Requests must fail fast
 * with a JSON 503 while it is away, /readyz must say so, the app must serve again on its own, and every
 * write it acknowledged must be in the database afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ThrowawayPostgres, startThrowawayPostgres } from './throwaway-postgres.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const CLIENTS = 50;
const RUN_MS = 30_000;
const OUTAGE_AT_MS = 10_000;
const OUTAGE_MS = 5_000;

let db: ThrowawayPostgres;
let server: ServerProcess | undefined;
let base = '';


beforeAll(async () => {
  db = await startThrowawayPostgres();
  server = await startServerProcess({ DATABASE_URL: db.url, DEMO_DATA: 'true', LOG_LEVEL: 'error', WEB_DIR: '/nonexistent', NODE_ENV: 'development' });
  base = server.url;
}, 150_000);

afterAll(async () => {
  await server?.stop();
  db?.destroy();
});

async function signIn(email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe('a database outage under load', () => {
  it('answers 503 while the database is away, recovers on its own, and loses no acknowledged write', async () => {
    const token = await signIn('nan.dare@demo.test');
    const auth = { authorization: `Bearer ${token}` };
    const progress = (await (await fetch(`${base}/api/progress`, { headers: auth })).json()) as { programYear: { id: string } };
    const yearId = progress.programYear.id;

    const statuses = new Map<string, number>();
    const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1);
    const acknowledged: string[] = [];
    const readiness: { sentAt: number; status: number }[] = [];
    let nonJsonErrors = 0;
    let slowest503 = 0;

    const began = performance.now();
    const elapsed = () => performance.now() - began;
    let restartedAt = Number.POSITIVE_INFINITY;
    // When the database was down for certain: stop() and start() block this process (pg_ctl -w), so a probe's
    // time is taken when it is sent, and only probes sent between these two moments must see 503.
    let stoppedAt = Number.POSITIVE_INFINITY;
    let restartingAt = Number.NEGATIVE_INFINITY;
    let firstSuccessAfterRestart = Number.POSITIVE_INFINITY;

    const outage = (async () => {
      await new Promise((r) => setTimeout(r, OUTAGE_AT_MS));
      db.stop();
      stoppedAt = elapsed();
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      restartingAt = elapsed();
      db.start();
      restartedAt = elapsed();
    })();

    const probe = (async () => {
      while (elapsed() < RUN_MS) {
        const sentAt = elapsed();
        const status = await fetch(`${base}/readyz`).then((r) => r.status, () => 0);
        readiness.push({ sentAt, status });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();

    const worker = async (n: number) => {
      let i = 0;
      while (elapsed() < RUN_MS) {
        i += 1;
        const write = i % 3 === 0;
        const sent = performance.now();
        let res: Response;
        try {
          res = write
            ? await fetch(`${base}/api/calls`, {
                method: 'POST',
                headers: { ...auth, 'content-type': 'application/json' },
                body: JSON.stringify({ programYearId: yearId, stateCode: n % 2 ? 'AR' : 'HI', kind: 'full_team', status: 'scheduled', date: '2027-03-10', agenda: `load ${n}-${i}` }),
              })
            : await fetch(`${base}${i % 2 ? '/api/calls?limit=20' : '/api/progress'}`, { headers: auth });
        } catch {
          count('connection error');
          continue;
        }
        const took = performance.now() - sent;
        count(`${write ? 'POST' : 'GET'} ${res.status}`);
        const body = await res.text();
        if (res.status >= 400) {
          try {
            JSON.parse(body);
          } catch {
            nonJsonErrors += 1;
          }
          if (res.status === 503) slowest503 = Math.max(slowest503, took);
          // Back off a little, as a client would, while the database is away.
          await new Promise((r) => setTimeout(r, 100));
        } else {
          if (elapsed() > restartedAt) firstSuccessAfterRestart = Math.min(firstSuccessAfterRestart, elapsed());
          if (write) acknowledged.push((JSON.parse(body) as { id: string }).id);
        }
      }
    };

    await Promise.all([outage, probe, ...Array.from({ length: CLIENTS }, (_, n) => worker(n))]);

    // Every acknowledged write is in the database.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const found = await client.query<{ n: string }>('select count(*) as n from calls where id = any($1::uuid[])', [acknowledged]);
    await client.end();

    const after = await fetch(`${base}/api/calls?limit=1`, { headers: auth });
    const summary = {
      clients: CLIENTS,
      seconds: RUN_MS / 1000,
      outage: `stopped at ${OUTAGE_AT_MS / 1000} s for ${OUTAGE_MS / 1000} s`,
      requests: [...statuses.values()].reduce((a, b) => a + b, 0),
      byStatus: Object.fromEntries([...statuses.entries()].sort()),
      acknowledgedWrites: acknowledged.length,
      acknowledgedWritesFound: Number(found.rows[0]?.n ?? 0),
      slowest503Ms: Math.round(slowest503),
      recoveryMs: Math.round(firstSuccessAfterRestart - restartedAt),
      readyzDuringOutage: [...new Set(readiness.filter((r) => r.sentAt > stoppedAt && r.sentAt < restartingAt).map((r) => r.status))],
    };
    console.log(JSON.stringify(summary, null, 2));
    mkdirSync('test-results', { recursive: true });
    writeFileSync(path.join('test-results', 'reliability-outage.json'), JSON.stringify(summary, null, 2));

    expect(summary.acknowledgedWritesFound).toBe(acknowledged.length);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const status of statuses.keys()) expect(status).toMatch(/^(GET 200|POST 201|(GET|POST) 503)$/);
    expect(statuses.get('GET 503') ?? 0).toBeGreaterThan(0);
    expect(nonJsonErrors).toBe(0);
    expect(summary.readyzDuringOutage).toEqual([503]);
    expect(Number.isFinite(summary.recoveryMs)).toBe(true);
    expect(after.status).toBe(200);
  }, 120_000);
});
