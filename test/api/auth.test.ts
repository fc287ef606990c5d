import { createHmac, randomBytes, scryptSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let coach: { email: string; id: string };
let staff: { email: string; id: string };
let lead: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  const year = await makeYear(t.db);
  for (const code of ['AR', 'HI', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, year.id, code);
  }
  coach = await makeUser(t.db, 'coach');
  staff = await makeUser(t.db, 'staff');
  lead = await makeUser(t.db, 'state_lead', 'IA');
  await pair(t.db, year.id, 'AR', coach.id);
  await pair(t.db, year.id, 'HI', coach.id);
  // An ended pairing no longer gives access.
  await pair(t.db, year.id, 'IA', coach.id, '2026-08-01', '2026-09-30');
});

const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('POST /api/auth/login', () => {
  it('answers a token and the user, and sets an httpOnly SameSite cookie', async () => {
    const res = await login(coach.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^ey/);
    expect(body.user).toMatchObject({ id: coach.id, role: 'coach' });
    expect(body.user).not.toHaveProperty('passwordHash');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/tracker_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it.each([
    ['a wrong password', () => coach.email, 'not-the-password', 401],
    ['an unknown email', () => 'nobody@test.example', TEST_PASSWORD, 401],
  ])('refuses %s with 401 and the same message', async (_n, email, password, status) => {
    const res = await login(email(), password);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toBe('Email or password is not correct');
  });

  it('refuses a body without a password, or with extra fields, with 400', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: coach.email } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/password/);
    const extra = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: coach.email, password: 'x', admin: true } });
    expect(extra.statusCode).toBe(400);
  });
});

describe('GET /api/auth/me', () => {
  it('lists exactly the states of current pairings for a coach', async () => {
    const res = await t.call(await t.tokenFor(coach), 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: coach.id }, states: ['AR', 'HI'], allStates: false });
  });

  it('says staff see every state and a lead sees their own', async () => {
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/auth/me')).json()).toMatchObject({ allStates: true });
    expect((await t.call(await t.tokenFor(lead), 'GET', '/api/auth/me')).json()).toMatchObject({ states: ['IA'] });
  });

  it('accepts the session cookie instead of a bearer token', async () => {
    const signIn = await login(staff.email, TEST_PASSWORD);
    const cookie = signIn.cookies.find((c) => c.name === 'tracker_session');
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { tracker_session: cookie!.value } });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a token signed with another secret or another algorithm', async () => {
    const forged = t.app.jwt.sign({ sub: staff.id, sid: '00000000-0000-4000-8000-000000000000' });
    expect((await t.call(forged, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: staff.id, sid: 'x' })).toString('base64url');
    expect((await t.call(`${header}.${payload}.`, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('tokens that must be refused', () => {
  const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
  const hs256 = (payload: object, secret: string) => {
    const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
  };

  it('refuses an expired token even though its session is still live', async () => {
    const live = (await login(staff.email, TEST_PASSWORD)).json().token as string;
    const { sub, sid } = decode(live);
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const expired = t.app.jwt.sign({ sub, sid, iat: hourAgo } as never, { expiresIn: 60 });
    expect((decode(expired) as unknown as { exp: number }).exp).toBe(hourAgo + 60);
    expect((await t.call(live, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await t.call(expired, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const live = (await login(coach.email, TEST_PASSWORD)).json().token as string;
    const [head, , signature] = live.split('.');
    const claims = decode(live);
    const tampered = Buffer.from(JSON.stringify({ ...claims, sub: staff.id })).toString('base64url');
    expect((await t.call(`${head}.${tampered}.${signature}`, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a token signed with another secret', async () => {
    const live = (await login(staff.email, TEST_PASSWORD)).json().token as string;
    const forged = hs256({ ...decode(live), iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 }, 'another-secret-another-secret-another');
    expect((await t.call(forged, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a token signed with the right secret but another algorithm (HS512)', async () => {
    const live = (await login(staff.email, TEST_PASSWORD)).json().token as string;
    const other = t.app.jwt.sign(decode(live) as never, { algorithm: 'HS512' } as never);
    expect(JSON.parse(Buffer.from(other.split('.')[0], 'base64url').toString()).alg).toBe('HS512');
    expect((await t.call(other, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session so that the same token is refused afterwards', async () => {
    const token = (await login(lead.email, TEST_PASSWORD)).json().token;
    expect((await t.call(token, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const out = await t.call(token, 'POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/tracker_session=;/);
    expect((await t.call(token, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('health and documents', () => {
  it('answers /healthz and /readyz without a token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('serves the OpenAPI document with every API route in it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/calls', '/api/calls/{id}', '/api/progress', '/api/auth/login']));
  });

  it('serves the documentation pages without a token: the UI, its assets, the YAML, and JSON 404s past them', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('swagger-initializer.js');
    // The app's own headers still apply to the pages (they are built apart, on the first request).
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/text\/css/);
    const again = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css', headers: { 'if-none-match': String(asset.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const redirect = await t.app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe('/api/docs/');
    const yaml = await t.app.inject({ method: 'GET', url: '/api/docs/yaml' });
    expect(yaml.statusCode).toBe(200);
    expect(yaml.body).toMatch(/^openapi: 3\./m);
    const missing = await t.app.inject({ method: 'GET', url: '/api/docs/static/nothing-here.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.call(await t.tokenFor(staff), 'GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

describe('POST /api/auth/refresh', () => {
  const refresh = (body?: object, cookies?: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      ...(body ? { payload: body } : {}),
      ...(cookies ? { cookies, headers: { 'x-requested-with': 'tracker' } } : {}),
    });

  it('answers a short-lived access token and a refresh token at sign-in, with the refresh cookie kept to /api/auth', async () => {
    const res = await login(coach.email, TEST_PASSWORD);
    const body = res.json();
    expect(typeof body.refreshToken).toBe('string');
    const accessMinutes = (Date.parse(body.expiresAt) - t.app.now().getTime()) / 60_000;
    expect(accessMinutes).toBeCloseTo(15, 0);
    expect(Date.parse(body.refreshExpiresAt)).toBeGreaterThan(Date.parse(body.expiresAt));
    const cookie = res.cookies.find((c) => c.name === 'tracker_refresh');
    expect(cookie).toMatchObject({ path: '/api/auth', httpOnly: true, sameSite: 'Strict' });
  });

  it('trades a refresh token for a working access token and a new refresh token; the old one stops working', async () => {
    const first = (await login(coach.email, TEST_PASSWORD)).json();
    const res = await refresh({ refreshToken: first.refreshToken });
    expect(res.statusCode).toBe(200);
    const second = res.json();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.call(second.token, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await refresh({ refreshToken: first.refreshToken })).statusCode).toBe(401);
  });

  it('takes the refresh cookie when the body has none', async () => {
    const signIn = await login(lead.email, TEST_PASSWORD);
    const cookie = signIn.cookies.find((c) => c.name === 'tracker_refresh')!;
    const res = await refresh(undefined, { tracker_refresh: cookie.value });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'tracker_refresh')!.value).not.toBe(cookie.value);
  });

  it('gets a new access token after the old one expired, while the session lives', async () => {
    const signIn = (await login(staff.email, TEST_PASSWORD)).json();
    const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
    const expired = t.app.jwt.sign({ ...decode(signIn.token), iat: Math.floor(Date.now() / 1000) - 3600 } as never, { expiresIn: 60 });
    expect((await t.call(expired, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const renewed = await refresh({ refreshToken: signIn.refreshToken });
    expect((await t.call(renewed.json().token, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses after sign-out, and for an unknown or missing token', async () => {
    const signIn = (await login(lead.email, TEST_PASSWORD)).json();
    expect((await t.call(signIn.token, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await refresh({ refreshToken: signIn.refreshToken })).statusCode).toBe(401);
    expect((await refresh({ refreshToken: 'x'.repeat(43) })).statusCode).toBe(401);
    expect((await refresh()).statusCode).toBe(401);
    expect((await refresh({ refreshToken: 'short' })).statusCode).toBe(400);
  });
});

describe('password hashes of an older scheme', () => {
  it('signs in with an old scrypt hash and replaces it with argon2id in the same request; the new hash works', async () => {
    const salt = randomBytes(16);
    const key = scryptSync(TEST_PASSWORD, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    const veteran = await makeUser(t.db, 'coach');
    await t.db.update(users).set({ passwordHash: old }).where(eq(users.id, veteran.id));

    expect((await login(veteran.email, 'not-the-password')).statusCode).toBe(401);
    expect((await t.db.select().from(users).where(eq(users.id, veteran.id)))[0].passwordHash).toBe(old);

    expect((await login(veteran.email, TEST_PASSWORD)).statusCode).toBe(200);
    const [after] = await t.db.select().from(users).where(eq(users.id, veteran.id));
    expect(after.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // Not an edit of the account: an edit in flight keeps its version.
    expect(after.version).toBe(veteran.version);
    expect((await login(veteran.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
