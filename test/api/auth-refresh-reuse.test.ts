/**
 * A refresh token presented again after it was traded means two parties hold the session: the whole session
 * is revoked, the newest refresh token and the live access token included (RFC 9700 §4.14.2).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema/index.ts';
import { buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import { TODAY, buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, makeUser } from '../helpers/factories.ts';
import { freshDatabase } from '../helpers/test-db.ts';

let t: TestApp;
let coach: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  coach = await makeUser(t.db, 'coach');
});

interface Tokens {
  token: string;
  refreshToken: string;
}
const signIn = async () =>
  (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: coach.email, password: TEST_PASSWORD } })).json() as Tokens;
const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
const me = (token: string) => t.call(token, 'GET', '/api/auth/me');
const sessionOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;

describe('POST /api/auth/refresh with a token already traded', () => {
  it('revokes the session: the newest refresh token and its access token are refused from then on', async () => {
    const first = await signIn();
    const second = (await refresh(first.refreshToken)).json() as Tokens;
    expect((await me(second.token)).statusCode).toBe(200);

    const reused = await refresh(first.refreshToken);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });

    expect((await me(second.token)).statusCode).toBe(401);
    expect((await refresh(second.refreshToken)).statusCode).toBe(401);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionOf(second.token)));
    expect(row.revokedAt).not.toBeNull();
  });

  it('revokes on the reuse of any earlier token of the session, not only the last one traded', async () => {
    const r0 = await signIn();
    const r1 = (await refresh(r0.refreshToken)).json() as Tokens;
    const r2 = (await refresh(r1.refreshToken)).json() as Tokens;
    expect((await me(r2.token)).statusCode).toBe(200);
    expect((await refresh(r0.refreshToken)).statusCode).toBe(401);
    expect((await me(r2.token)).statusCode).toBe(401);
    expect((await refresh(r2.refreshToken)).statusCode).toBe(401);
  });

  it('leaves the user’s other sessions alone', async () => {
    const stolen = await signIn();
    const elsewhere = await signIn();
    await refresh(stolen.refreshToken);
    expect((await refresh(stolen.refreshToken)).statusCode).toBe(401);
    expect((await me(elsewhere.token)).statusCode).toBe(200);
    expect((await refresh(elsewhere.refreshToken)).statusCode).toBe(200);
  });

  it('lets exactly one of two simultaneous trades of one token win, and then ends the session (two tabs sign in again)', async () => {
    const start = await signIn();
    const answers = await Promise.all([refresh(start.refreshToken), refresh(start.refreshToken)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.statusCode === 200)!.json() as Tokens;
    expect((await me(winner.token)).statusCode).toBe(401);
  });

  it('keeps an unknown token a plain 401 that revokes nothing', async () => {
    const live = await signIn();
    expect((await refresh('y'.repeat(43))).statusCode).toBe(401);
    expect((await me(live.token)).statusCode).toBe(200);
  });
});

describe('the log', () => {
  it('warns of a reused refresh token with the session it revoked', async () => {
    const lines: { level: number; msg: string; sessionId?: string }[] = [];
    const handle = await freshDatabase();
    const app = await buildApp({
      config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'warn', webDir: '' },
      db: handle,
      now: () => TODAY,
      logger: { level: 'warn', stream: { write: (line: string) => void lines.push(JSON.parse(line)) } },
    });
    try {
      const user = await makeUser(app.db, 'coach');
      const first = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } })).json() as Tokens;
      await app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: first.refreshToken } });
      expect(lines.filter((line) => /refresh/.test(line.msg))).toEqual([]);
      await app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: first.refreshToken } });
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 40, msg: 'a traded refresh token was presented again: session revoked', sessionId: sessionOf(first.token) }),
      );
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
