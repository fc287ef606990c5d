/**
 * Sign-in limits count failures only, per account and address, per address, and per account overall; a
 * stranger cannot lock the owner out from the owner's own address, and every answer says where it stands.
 */
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { type BuiltApp, buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import { buildTestApp, TODAY, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, makeUser } from '../helpers/factories.ts';
import { freePort } from '../helpers/free-port.ts';
import { freshDatabase } from '../helpers/test-db.ts';

const limits = { perAccountAddress: 3, perAddress: 6, perAccount: 5, windowMinutes: 15 };
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ loginLimits: limits });
});

let addresses = 0;
/** An address no other test used. */
const freshAddress = () => `10.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}.7`;
const signIn = (email: string, password: string, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
const headersOf = (res: { headers: Record<string, unknown> }) => ({
  limit: Number(res.headers['ratelimit-limit']),
  remaining: Number(res.headers['ratelimit-remaining']),
  reset: Number(res.headers['ratelimit-reset']),
});

describe('POST /api/auth/login limits', () => {
  it('does not count correct sign-ins: a training room signs in again and again from one address', async () => {
    const trainee = await makeUser(t.db, 'coach');
    const room = freshAddress();
    for (let i = 0; i < 8; i += 1) expect((await signIn(trainee.email, TEST_PASSWORD, room)).statusCode).toBe(200);
  });

  it('sends RateLimit-* on every sign-in answer, the remaining failures going down only with failures', async () => {
    const user = await makeUser(t.db, 'coach');
    const here = freshAddress();
    const ok = await signIn(user.email, TEST_PASSWORD, here);
    expect(ok.statusCode).toBe(200);
    expect(headersOf(ok)).toMatchObject({ limit: 3, remaining: 3 });
    expect(headersOf(ok).reset).toBeGreaterThan(0);
    expect(headersOf(ok).reset).toBeLessThanOrEqual(15 * 60);
    const wrong = await signIn(user.email, 'not-the-password', here);
    expect(wrong.statusCode).toBe(401);
    expect(headersOf(wrong)).toMatchObject({ limit: 3, remaining: 2 });
    expect(headersOf(await signIn(user.email, TEST_PASSWORD, here))).toMatchObject({ remaining: 2 });
  });

  it('refuses an account from an address past its failures with 429, Retry-After and RateLimit-*, even with the right password', async () => {
    const victim = await makeUser(t.db, 'coach');
    const attacker = freshAddress();
    for (let i = 0; i < 3; i += 1) expect((await signIn(victim.email, 'wrong-password', attacker)).statusCode).toBe(401);
    const blocked = await signIn(victim.email, TEST_PASSWORD, attacker);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(blocked.json().message).toMatch(/^Too many failed sign-ins for this account from this address; try again in 15 minutes/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(headersOf(blocked)).toMatchObject({ limit: 3, remaining: 0, reset: Number(blocked.headers['retry-after']) });
  });

  it('lets the owner in from their own address after a stranger used up the account’s budget elsewhere', async () => {
    const owner = await makeUser(t.db, 'coach');
    const stranger = freshAddress();
    for (let i = 0; i < 3; i += 1) expect((await signIn(owner.email, 'wrong-password', stranger)).statusCode).toBe(401);
    expect((await signIn(owner.email, TEST_PASSWORD, stranger)).statusCode).toBe(429);
    expect((await signIn(owner.email, TEST_PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('limits one address across accounts (password spraying)', async () => {
    const sprayer = freshAddress();
    for (let i = 0; i < 6; i += 1) expect((await signIn(`nobody${i}@example.org`, 'Summer2026!', sprayer)).statusCode).toBe(401);
    const blocked = await signIn('nobody99@example.org', 'Summer2026!', sprayer);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/^Too many failed sign-ins for this address/);
    // Another address is not held back by it.
    expect((await signIn('nobody99@example.org', 'Summer2026!', freshAddress())).statusCode).toBe(401);
  });

  it('caps the failures on one account from every address together', async () => {
    const target = await makeUser(t.db, 'staff');
    for (let i = 0; i < 5; i += 1) expect((await signIn(target.email, 'wrong-password', freshAddress())).statusCode).toBe(401);
    const blocked = await signIn(target.email, 'wrong-password', freshAddress());
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/^Too many failed sign-ins for this account;/);
  });

  it('counts the sign-in of a deactivated account as a failure, even with its right password', async () => {
    const gone = await makeUser(t.db, 'coach');
    await t.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    const here = freshAddress();
    for (let i = 0; i < 3; i += 1) expect((await signIn(gone.email, TEST_PASSWORD, here)).statusCode).toBe(401);
    expect((await signIn(gone.email, TEST_PASSWORD, here)).statusCode).toBe(429);
  });

  it('counts attempts in flight: wrong passwords sent all at once cannot slip past the limit', async () => {
    const victim = await makeUser(t.db, 'coach');
    const attacker = freshAddress();
    const answers = await Promise.all(Array.from({ length: 8 }, () => signIn(victim.email, 'wrong-password', attacker)));
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(3);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(5);
  });

  it('counts an IPv6 network (/64) as one address', async () => {
    const victim = await makeUser(t.db, 'coach');
    for (const host of ['1', '2', 'abcd:1']) expect((await signIn(victim.email, 'wrong-password', `2001:db8:1:2::${host}`)).statusCode).toBe(401);
    expect((await signIn(victim.email, TEST_PASSWORD, '2001:db8:1:2:ffff:ffff:ffff:ffff')).statusCode).toBe(429);
    expect((await signIn(victim.email, TEST_PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(200);
  });
});

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 2000 });
redis.on('error', () => undefined);
const redisUp = await redis.connect().then(
  () => true,
  () => false,
);
if (process.env.CI === 'true' && !redisUp) throw new Error(`CI needs Redis at ${redisUrl} for the shared sign-in limits`);

describe.skipIf(!redisUp)('sign-in limits shared through Redis by two apps', () => {
  const apps: BuiltApp[] = [];
  let email = '';
  beforeAll(async () => {
    const handle = await freshDatabase();
    const prefix = `tracker-test-limits-${process.pid}-${Date.now()}:`;
    for (let i = 0; i < 2; i += 1) {
      const app = await buildApp({
        config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '', redisPrefix: prefix },
        db: handle,
        now: () => TODAY,
        logger: false,
        loginLimits: limits,
        redis,
      });
      await app.ready();
      apps.push(app);
    }
    email = (await makeUser(apps[0].db, 'coach')).email;
    afterAll(async () => {
      for (const app of apps) await app.close();
      await handle.close();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    });
  });

  it('counts the failures on both apps together, and neither counts a success', async () => {
    const attempt = (app: BuiltApp, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.200.0.1', payload: { email, password } });
    expect((await attempt(apps[0], TEST_PASSWORD)).statusCode).toBe(200);
    expect((await attempt(apps[1], TEST_PASSWORD)).statusCode).toBe(200);
    expect((await attempt(apps[0], 'wrong-password')).statusCode).toBe(401);
    expect((await attempt(apps[1], 'wrong-password')).statusCode).toBe(401);
    const third = await attempt(apps[0], 'wrong-password');
    expect(headersOf(third)).toMatchObject({ limit: 3, remaining: 0 });
    const blocked = await attempt(apps[1], TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect((await attempt(apps[0], TEST_PASSWORD)).statusCode).toBe(429);
  });
});

describe('sign-in while Redis is away', () => {
  it('still signs in and refuses wrong passwords (unlimited, and logged), rather than answering 500', async () => {
    const away = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    away.on('error', () => undefined);
    const handle = await freshDatabase();
    const app = await buildApp({
      config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '', redisPrefix: 'unused:' },
      db: handle,
      now: () => TODAY,
      logger: false,
      loginLimits: limits,
      redis: away,
    });
    try {
      const user = await makeUser(app.db, 'coach');
      const attempt = (password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password } });
      for (let i = 0; i < 4; i += 1) expect((await attempt('wrong-password')).statusCode).toBe(401);
      expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    } finally {
      await app.close();
      await handle.close();
      away.disconnect();
    }
  });
});
