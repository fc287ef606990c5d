/**
 * More than one app process on one PostgreSQL (as behind a load balancer): what one process knows, the
 * other must know too. A session signed out through one is refused by the other; an Idempotency-Key used on
 * one replays on the other; the sign-in limits count failures on both together (through Redis).
 */
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, databaseUrl, postgresReachable } from '../helpers/database-target.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const database = `tracker_twoproc_${process.pid}`;
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisPrefix = `tracker-test-${process.pid}-${Date.now()}:`;
const servers: ServerProcess[] = [];
let a = '';
let b = '';

async function reachable(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}
const postgresUp = await postgresReachable();
const redisUp = await reachable(async () => {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  await redis.connect();
  await redis.ping();
  redis.disconnect();
});
if (process.env.CI === 'true' && !(postgresUp && redisUp)) {
  throw new Error(`CI needs PostgreSQL at ${adminUrl} and Redis at ${redisUrl} for the two-process tests`);
}


async function startServer(): Promise<string> {
  const server = await startServerProcess({
    DATABASE_URL: databaseUrl(database),
    DEMO_DATA: 'true',
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'error',
    WEB_DIR: '/nonexistent',
    NODE_ENV: 'development',
  });
  servers.push(server);
  return server.url;
}

describe.skipIf(!(postgresUp && redisUp))('two app processes on one PostgreSQL, with Redis', () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
    await admin.end();
    // The first migrates and loads the demo data; the second finds both done.
    a = await startServer();
    b = await startServer();
  }, 270_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  const login = (base: string, email: string, password = 'demo-password') =>
    fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

  it('refuses on one process a session signed out through the other', async () => {
    const { token } = (await (await login(a, 'nan.dare@demo.test')).json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${b}/api/auth/me`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${b}/api/auth/logout`, { method: 'POST', headers: auth })).status).toBe(204);
    expect((await fetch(`${a}/api/auth/me`, { headers: auth })).status).toBe(401);
  });

  it('replays on one process a create first made, with the same Idempotency-Key, on the other', async () => {
    const { token } = (await (await login(a, 'staff@demo.test')).json()) as { token: string };
    const progress = (await (await fetch(`${a}/api/progress`, { headers: { authorization: `Bearer ${token}` } })).json()) as { programYear: { id: string } };
    const create = (base: string) =>
      fetch(`${base}/api/calls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'two-processes-1' },
        body: JSON.stringify({ programYearId: progress.programYear.id, stateCode: 'IA', kind: 'planning', status: 'scheduled', date: '2027-02-09' }),
      });
    const first = await create(a);
    expect(first.status).toBe(201);
    const again = await create(b);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it('counts failed sign-ins on both processes together', async () => {
    // Ten failures per account from one address in the window, spread over both processes; the eleventh
    // attempt is refused on either, even with the right password.
    for (let i = 0; i < 10; i += 1) expect((await login(i % 2 ? a : b, 'donna.parsons@demo.test', 'wrong-password')).status).toBe(401);
    const refusedOnA = await login(a, 'donna.parsons@demo.test');
    const refusedOnB = await login(b, 'donna.parsons@demo.test');
    expect(refusedOnA.status).toBe(429);
    expect(refusedOnB.status).toBe(429);
  });
});
