import type { LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { type BuiltApp, buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import type { LoginLimits } from '../../server/plugins/login-limits.ts';
import { TEST_PASSWORD } from './factories.ts';
import { freshDatabase } from './test-db.ts';

export const TODAY = new Date('2026-11-23T15:00:00');

export interface TestApp {
  app: BuiltApp;
  db: BuiltApp['db'];
  /** Signs in and answers the bearer token. */
  tokenFor(user: { email: string }): Promise<string>;
  /** A request with a bearer token; JSON bodies are sent as JSON. */
  call(token: string | null, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/**
 * An app over a database the caller owns, on the caller's clock. Several of them on one database stand for
 * several processes behind a load balancer (the kept views' tests).
 */
export async function appOn(handle: DbHandle, now: () => Date, loginLimits?: LoginLimits): Promise<BuiltApp> {
  const app = await buildApp({
    config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '' },
    db: handle,
    now,
    logger: false,
    // Files sign in as many users, some with wrong passwords; the limits are tested in login-limits.test.ts.
    loginLimits: loginLimits ?? { perAccountAddress: 1000, perAddress: 10_000, perAccount: 10_000, windowMinutes: 15 },
  });
  await app.ready();
  return app;
}

/**
 * GET through any of several apps (`appOn`) as a user, signed in once per app, user and day of `now` (a session
 * lasts hours, so a test that moves the clock to another day signs in again).
 */
export function signedInGet(now: () => Date) {
  const tokens = new WeakMap<BuiltApp, Map<string, string>>();
  return async (app: BuiltApp, email: string, url: string, headers: Record<string, string> = {}) => {
    const ofApp = tokens.get(app) ?? new Map<string, string>();
    tokens.set(app, ofApp);
    const key = `${email}|${now().toISOString().slice(0, 10)}`;
    let token = ofApp.get(key);
    if (!token) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
      token = login.json().token as string;
      ofApp.set(key, token);
    }
    return app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });
  };
}

/** A fresh app over a fresh database for one test file, closed after the file. */
export async function buildTestApp(options: { now?: Date; loginLimits?: LoginLimits } = {}): Promise<TestApp> {
  const handle = await freshDatabase();
  const now = options.now ?? TODAY;
  const app = await appOn(handle, () => now, options.loginLimits);
  afterAll(async () => {
    await app.close();
    await handle.close();
  });
  const tokens = new Map<string, string>();
  return {
    app,
    db: app.db,
    async tokenFor(user) {
      const known = tokens.get(user.email);
      if (known) return known;
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login failed for ${user.email}: ${res.statusCode} ${res.body}`);
      const token = res.json().token as string;
      tokens.set(user.email, token);
      return token;
    },
    call(token, method, url, body) {
      return app.inject({
        method: method as 'GET',
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(body === undefined ? {} : { payload: body as object }),
      });
    },
  };
}
