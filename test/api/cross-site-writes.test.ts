/**
 * The cross-site write check follows what authenticated the request, not which headers are present: a browser
 * adds our cookies, and any Authorization it keeps for the site (a proxy's Basic credentials), to a request a
 * hostile page starts. And the headers every answer carries: Permissions-Policy, and no caching of what a
 * signed-in user read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, makeUser } from '../helpers/factories.ts';

let t: TestApp;
let staff: { email: string; id: string };
let cookies: { tracker_session: string; tracker_refresh: string };
let token: string;

beforeAll(async () => {
  t = await buildTestApp();
  staff = await makeUser(t.db, 'staff');
  const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: TEST_PASSWORD } });
  const cookie = (name: string) => signIn.cookies.find((c) => c.name === name)!.value;
  cookies = { tracker_session: cookie('tracker_session'), tracker_refresh: cookie('tracker_refresh') };
  token = signIn.json().token;
});

const basic = `Basic ${Buffer.from('proxy-user:proxy-password').toString('base64')}`;
const exists = async (code: string) => (await t.call(token, 'GET', `/api/states/${code}`)).statusCode === 200;

describe('cross-site writes', () => {
  it('refuses a cookie-authenticated write that also carries a Basic Authorization header, and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      cookies: { tracker_session: cookies.tracker_session },
      headers: { authorization: basic, 'sec-fetch-site': 'cross-site' },
      payload: { code: 'QA', name: 'Qualand' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/Cross-site request refused/);
    expect(await exists('QA')).toBe(false);
  });

  it('still signs in with the cookie beside a Basic header, from our own pages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      cookies: { tracker_session: cookies.tracker_session },
      headers: { authorization: basic, 'sec-fetch-site': 'same-origin' },
      payload: { code: 'QB', name: 'Quebland' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('lets a write through that authenticated with its own bearer token, whatever the browser headers say', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/states',
      headers: { authorization: `Bearer ${token}`, 'sec-fetch-site': 'cross-site' },
      payload: { code: 'QC', name: 'Quesland' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('does not fall back to the cookie when a bearer token is sent but not valid', async () => {
    for (const authorization of ['Bearer not-a-token', 'Bearer', 'bearer  ']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/states', cookies: { tracker_session: cookies.tracker_session }, headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  it('refuses a cross-site refresh riding on the refresh cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { tracker_refresh: cookies.tracker_refresh },
      headers: { 'sec-fetch-site': 'cross-site', authorization: basic },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('headers on every answer', () => {
  it('sends Permissions-Policy with the features the dashboard never uses turned off, passkeys allowed', async () => {
    for (const res of [await t.app.inject({ method: 'GET', url: '/healthz' }), await t.call(token, 'GET', '/api/states'), await t.call(null, 'GET', '/api/states')]) {
      const policy = String(res.headers['permissions-policy']);
      expect(policy).toMatch(/camera=\(\)/);
      expect(policy).toMatch(/geolocation=\(\)/);
      expect(policy).toMatch(/microphone=\(\)/);
      expect(policy).toMatch(/publickey-credentials-get=\(self\)/);
    }
  });

  it('marks signed-in answers no-store, or private, no-cache where an ETag revalidates them', async () => {
    const list = await t.call(token, 'GET', '/api/states');
    expect(list.headers['cache-control']).toBe('no-store');
    const me = await t.call(token, 'GET', '/api/users/me');
    expect(me.headers.etag).toBeDefined();
    expect(me.headers['cache-control']).toBe('private, no-cache');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: TEST_PASSWORD } });
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await t.call(null, 'GET', '/api/states');
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
