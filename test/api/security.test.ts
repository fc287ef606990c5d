/**
 * The edges a browser and an attacker reach: cookie-authenticated writes must come from our own pages,
 * text/plain bodies are refused, and the answers carry the security headers (sign-in limits:
 * login-limits.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, makeUser } from '../helpers/factories.ts';

let t: TestApp;
let staff: { email: string; id: string };
let cookie: string;

beforeAll(async () => {
  t = await buildTestApp();
  staff = await makeUser(t.db, 'staff');
  const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: TEST_PASSWORD } });
  cookie = signIn.cookies.find((c) => c.name === 'tracker_session')!.value;
});

const stateBody = { code: 'ZZ', name: 'Zedland' };

describe('cookie-authenticated writes (CSRF)', () => {
  it('refuses a write with the session cookie and neither Sec-Fetch-Site: same-origin nor our header, and writes nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/states', cookies: { tracker_session: cookie }, payload: stateBody });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/Cross-site request refused/);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      cookies: { tracker_session: cookie },
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: stateBody,
    });
    expect(crossSite.statusCode).toBe(403);
    const read = await t.app.inject({ method: 'GET', url: '/api/states/ZZ', cookies: { tracker_session: cookie } });
    expect(read.statusCode).toBe(404);
  });

  it('accepts the same write from our pages (our header, or the browser saying same-origin)', async () => {
    const ours = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      cookies: { tracker_session: cookie },
      headers: { 'x-requested-with': 'tracker' },
      payload: stateBody,
    });
    expect(ours.statusCode).toBe(201);
    const sameOrigin = await t.app.inject({
      method: 'PATCH',
      url: '/api/states/ZZ',
      cookies: { tracker_session: cookie },
      // Our pages send back the ETag they read, as If-Match.
      headers: { 'sec-fetch-site': 'same-origin', 'if-match': String(ours.headers.etag) },
      payload: { name: 'Zedland Territory' },
    });
    expect(ours.headers.etag).toBe(`"${ours.json().version}"`);
    expect(sameOrigin.statusCode).toBe(200);
    expect(sameOrigin.json()).toMatchObject({ name: 'Zedland Territory', version: ours.json().version + 1 });
  });

  it('lets reads through with the cookie alone, and bearer-token writes through without the header', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/api/states', cookies: { tracker_session: cookie } });
    expect(read.statusCode).toBe(200);
    const token = await t.tokenFor(staff);
    const write = await t.call(token, 'POST', '/api/states', { code: 'ZY', name: 'Zyland' });
    expect(write.statusCode).toBe(201);
  });

  it('refuses a cross-site sign-in form too (login CSRF)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: staff.email, password: TEST_PASSWORD }),
    });
    // No Authorization header and not same-origin: refused before the password is even checked.
    expect(res.statusCode).toBe(403);
  });
});

describe('bodies', () => {
  it('refuses text/plain (what a cross-site form can send without a preflight) with 415', async () => {
    const token = await t.tokenFor(staff);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      payload: JSON.stringify({ code: 'ZX', name: 'Zxland' }),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ statusCode: 415 });
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy and the other helmet headers on API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character in a field with a 400, not a 500, and writes nothing', async () => {
    const token = await t.tokenFor(staff);
    const res = await t.call(token, 'POST', '/api/states', { code: 'ZW', name: 'Nul\u0000land' });
    expect(res.statusCode).toBe(400);
    expect((await t.call(token, 'GET', '/api/states/ZW')).statusCode).toBe(404);
  });
});
