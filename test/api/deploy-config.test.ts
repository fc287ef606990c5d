/**
 * Behind a TLS-terminating proxy, as every real deployment runs: links come from PUBLIC_URL (never the Host
 * header), cookies are Secure exactly when PUBLIC_URL is https, X-Forwarded-* count only from TRUST_PROXY's
 * proxies, a sign-in over plain http is refused with where to go instead, and the sign-in page learns from a
 * public route whether the demo accounts exist.
 */
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { loadDemo } from '../../db/demo.ts';
import { users } from '../../db/schema/index.ts';
import { type AppOptions, type BuiltApp, buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import type { LoginLimits } from '../../server/plugins/login-limits.ts';
import { TODAY } from '../helpers/app.ts';
import { TEST_PASSWORD, joinYear, makeCall, makeState, makeUser, makeYear } from '../helpers/factories.ts';
import { freshDatabase } from '../helpers/test-db.ts';

const PUBLIC = 'https://tracker.example.org';
let handle: DbHandle;
const apps: BuiltApp[] = [];
let staff: { id: string; email: string };
let callId: string;

async function appWith(config: Pick<AppOptions['config'], 'publicUrl' | 'trustProxy'>, loginLimits: LoginLimits = { perAccountAddress: 1000, perAccount: 1000, perAddress: 10_000, windowMinutes: 15 }) {
  const app = await buildApp({
    config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'production', logLevel: 'silent', webDir: '', ...config },
    db: handle,
    now: () => TODAY,
    logger: false,
    loginLimits,
  });
  await app.ready();
  apps.push(app);
  return app;
}

const login = (app: BuiltApp, headers: Record<string, string> = {}, email = staff.email, password = TEST_PASSWORD, remoteAddress?: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { email, password }, ...(remoteAddress ? { remoteAddress } : {}) });

const cookiesOf = (res: LightMyRequestResponse) => ([] as string[]).concat(res.headers['set-cookie'] ?? []);

beforeAll(async () => {
  handle = await freshDatabase();
  staff = await makeUser(handle.db, 'staff');
  const year = await makeYear(handle.db);
  await makeState(handle.db, 'AR', 'Arkansas');
  await joinYear(handle.db, year.id, 'AR');
  callId = (await makeCall(handle.db, year.id, 'AR', { date: '2026-11-02', startTime: '10:00' })).id;
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await handle?.close();
});

describe('session cookies and PUBLIC_URL', () => {
  it('are Secure when PUBLIC_URL is https (a sign-in reached over https through a trusted proxy)', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: ['127.0.0.1'] });
    const res = await login(app, { 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    const cookies = cookiesOf(res);
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['tracker_session', 'tracker_refresh']);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('are not Secure when PUBLIC_URL is http (a tracker on a private network), even with NODE_ENV=production', async () => {
    const app = await appWith({ publicUrl: 'http://tracker.internal:3000' });
    const res = await login(app);
    expect(res.statusCode).toBe(200);
    const cookies = cookiesOf(res);
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) expect(cookie).not.toMatch(/Secure/i);
  });

  it('refuses a sign-in that came over plain http while PUBLIC_URL is https, saying where to go, and sets no cookie', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: ['127.0.0.1'] });
    for (const headers of [{}, { 'x-forwarded-proto': 'http' }] as Record<string, string>[]) {
      const res = await login(app, headers);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ statusCode: 403, error: 'Forbidden', message: `This tracker is at ${PUBLIC}; open it there to sign in` });
      expect(cookiesOf(res)).toEqual([]);
    }
  });
});

describe('TRUST_PROXY', () => {
  it('off: X-Forwarded-Proto is not believed, so a forged "https" over http is still refused', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: false });
    expect((await login(app, { 'x-forwarded-proto': 'https' })).statusCode).toBe(403);
  });

  it('a list: only the listed proxies are believed', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: ['10.1.2.3'] });
    expect((await login(app, { 'x-forwarded-proto': 'https' }, undefined, undefined, '203.0.113.9')).statusCode).toBe(403);
    expect((await login(app, { 'x-forwarded-proto': 'https' }, undefined, undefined, '10.1.2.3')).statusCode).toBe(200);
  });

  it('a hop count: that many proxies in front are believed, whatever their address', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: 1 });
    expect((await login(app, { 'x-forwarded-proto': 'https' }, undefined, undefined, '198.51.100.7')).statusCode).toBe(200);
  });

  /** Three wrong passwords "from" one address and then one "from" another, with a limit of two per address. */
  async function limitedAfterTwo(app: BuiltApp) {
    const from = (address: string) => login(app, { 'x-forwarded-proto': 'https', 'x-forwarded-for': address }, `nobody.${address}@test.example`, 'wrong-password');
    const first = [await from('198.51.100.1'), await from('198.51.100.1'), await from('198.51.100.1')].map((r) => r.statusCode);
    return { first, other: (await from('198.51.100.2')).statusCode };
  }
  const limits: LoginLimits = { perAccountAddress: 1000, perAccount: 1000, perAddress: 2, windowMinutes: 15 };

  it('off: X-Forwarded-For is ignored, every client counts as the connecting address', async () => {
    const app = await appWith({ publicUrl: 'http://tracker.internal', trustProxy: false }, limits);
    expect(await limitedAfterTwo(app)).toEqual({ first: [401, 401, 429], other: 429 });
  });

  it('on: the client address comes from X-Forwarded-For, so two clients behind the proxy have separate sign-in limits', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: ['127.0.0.1'] }, limits);
    expect(await limitedAfterTwo(app)).toEqual({ first: [401, 401, 429], other: 401 });
  });
});

describe('links built from PUBLIC_URL', () => {
  it('puts PUBLIC_URL in the calendar feed and files, whatever Host and X-Forwarded-Host say', async () => {
    const app = await appWith({ publicUrl: PUBLIC, trustProxy: true });
    const hostile = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const { token } = (await login(app, { 'x-forwarded-proto': 'https' })).json() as { token: string };
    const auth = { ...hostile, authorization: `Bearer ${token}` };

    const created = await app.inject({ method: 'POST', url: '/api/calendar-feed', headers: auth });
    expect(created.statusCode).toBe(201);
    const url = (created.json() as { url: string }).url;
    expect(url).toMatch(/^https:\/\/tracker\.example\.org\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await app.inject({ method: 'GET', url: new URL(url).pathname, headers: hostile });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain(`URL:${PUBLIC}/calls/${callId}`);
    expect(feed.body).not.toContain('evil.example');

    const file = await app.inject({ method: 'GET', url: `/api/calls/${callId}.ics`, headers: auth });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain(`URL:${PUBLIC}/calls/${callId}`);
    expect(file.body).not.toContain('evil.example');
  });
});

describe('GET /api/auth/options (public)', () => {
  const options = (app: BuiltApp) => app.inject({ method: 'GET', url: '/api/auth/options' });

  it('answers anonymously that there are no demo accounts on a database that never had them', async () => {
    const app = await appWith({ publicUrl: PUBLIC });
    const res = await options(app);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ demoAccounts: false });
  });

  it('says so once the demo staff account is there and active, and not once it is deactivated', async () => {
    const app = await appWith({ publicUrl: PUBLIC });
    const [row] = await handle.db.insert(users).values({ email: 'Staff@Demo.test', name: 'Demo staff', role: 'staff', passwordHash: 'x' }).returning();
    expect((await options(app)).json()).toEqual({ demoAccounts: true });
    await handle.db.update(users).set({ active: false }).where(eq(users.id, row.id));
    expect((await options(app)).json()).toEqual({ demoAccounts: false });
    await handle.db.delete(users).where(eq(users.id, row.id));
  });

  it('sees the demo data as db/demo.ts loads it', async () => {
    const demo = await freshDatabase();
    try {
      await loadDemo(demo.db, TODAY);
      const app = await buildApp({
        config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '' },
        db: demo,
        logger: false,
      });
      try {
        expect((await options(app)).json()).toEqual({ demoAccounts: true });
      } finally {
        await app.close();
      }
    } finally {
      await demo.close();
    }
  });
});
