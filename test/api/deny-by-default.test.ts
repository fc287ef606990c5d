/**
 * Deny by default, tried as an attacker would over a real socket: every registered route, anonymously, under the
 * spellings of its path that a router may decode or normalise (percent-encoding, doubled slashes, dot segments,
 * case, a trailing slash, `;` parameters). A route that did not declare itself public never answers 2xx, and
 * nothing answers 5xx (a handler that ran without a user would).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import { TEST_PASSWORD, makeState, makeUser, makeYear } from '../helpers/factories.ts';
import { inBatches, rawRequest } from '../helpers/raw-http.ts';
import { freshDatabase } from '../helpers/test-db.ts';

const NOW = new Date('2026-11-23T15:00:00');
const config = { jwtSecret: randomSecret(), sessionHours: 12, env: 'test' as const, logLevel: 'silent' };

/** The spellings of one path, each of which some router, proxy or decoder reads as the same route. */
export function pathVariants(canonical: string): string[] {
  const segments = canonical.split('/').slice(1);
  const encodeFirst = (segment: string) => (segment ? `%${segment.charCodeAt(0).toString(16)}${segment.slice(1)}` : segment);
  const encodeAll = (segment: string) => [...segment].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
  const withFirst = (f: (segment: string) => string) => `/${[f(segments[0] ?? ''), ...segments.slice(1)].join('/')}`;
  const upper = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());
  return [
    canonical,
    withFirst(encodeFirst), // /%61pi/…
    withFirst((s) => (s.length > 2 ? `${s.slice(0, 2)}%${s.charCodeAt(2).toString(16)}${s.slice(3)}` : s)), // /ap%69/…
    withFirst(encodeAll), // /%61%70%69/…
    `/${segments.map(encodeFirst).join('/')}`,
    `/${segments.join('%2F')}`,
    `/${canonical}`, // //api/…
    canonical.replace(/\//g, '//'),
    `/./${segments.join('/./')}`,
    `/x/..${canonical}`,
    `/%2e/${segments.join('/')}`,
    `/x/%2e%2e${canonical}`,
    upper(canonical),
    `/${upper(segments[0] ?? '')}/${segments.slice(1).join('/')}`,
    `${canonical}/`,
    `/${segments[0]};x=1/${segments.slice(1).join('/')}`,
    `${canonical};jsessionid=1`,
    `${canonical}?public=true`,
    `/${segments.join('\\')}`,
  ];
}

let app: BuiltApp;
let port: number;
let webDir: string;
let yearId: string;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'tracker-web-'));
  mkdirSync(path.join(webDir, '_app', 'immutable'), { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>tracker</title>');
  writeFileSync(path.join(webDir, '_app', 'version.json'), '{"version":"1"}');
  writeFileSync(path.join(webDir, '_app', 'immutable', 'start.js'), 'export {}');
  const handle = await freshDatabase();
  app = await buildApp({ config: { ...config, webDir }, db: handle, now: () => NOW, logger: false, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
  // Real records behind the ids the paths name, so that a check skipped would answer with data, not a 404.
  await makeState(app.db, 'AR');
  yearId = (await makeYear(app.db)).id;
  afterAll(async () => {
    await app.close();
    await handle.close();
    rmSync(webDir, { recursive: true, force: true });
  });
});

const fill = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => (name === 'code' || name === 'stateCode' ? 'AR' : /id$/i.test(name) ? yearId : 'x')).replace(/\*$/, 'x');

describe('every registered route, anonymously, over a real socket', () => {
  it('never answers 2xx on a route that is not public, and never 5xx on any', async () => {
    const routes = app.registeredRoutes.filter((route) => route.method !== 'OPTIONS');
    const protectedRoutes = routes.filter((route) => !route.public);
    expect(protectedRoutes.length).toBeGreaterThan(100);
    const probes = routes.flatMap((route) =>
      pathVariants(fill(route.url)).map((variant) => ({ route, variant })),
    );
    const answers = await inBatches(probes, 8, async ({ route, variant }) => {
      const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
      const answer = await rawRequest(port, {
        method: route.method,
        path: variant,
        headers: hasBody ? { 'content-type': 'application/json', 'if-match': '"1"' } : {},
        body: hasBody ? '{}' : undefined,
      });
      return { route, variant, status: answer.status };
    });
    const wrong = answers.filter(({ route, status }) => status >= 500 || (!route.public && status >= 200 && status < 300));
    expect(wrong.map(({ route, variant, status }) => `${route.method} ${route.url} as ${variant}: ${status}`)).toEqual([]);
    // The canonical path of each protected route is refused as unauthenticated, not missed by the router.
    const canonical = answers.filter(({ route, variant }) => !route.public && variant === fill(route.url));
    expect(canonical.filter(({ status }) => status !== 401).map(({ route, status }) => `${route.method} ${route.url}: ${status}`)).toEqual([]);
    // The router decodes %61 to "a": those spellings reach the route, and are refused there.
    const encoded = answers.filter(({ route, variant }) => !route.public && variant.startsWith('/%61pi/'));
    expect(encoded.length).toBeGreaterThan(100);
    expect(encoded.every(({ status }) => status === 401)).toBe(true);
    const statuses = answers.reduce<Record<number, number>>((acc, { status }) => ({ ...acc, [status]: (acc[status] ?? 0) + 1 }), {});
    console.log(
      `deny by default: ${routes.length} routes (${protectedRoutes.length} not public), ${answers.length} anonymous requests; statuses ${JSON.stringify(statuses)}`,
    );
  });
});

describe('a route that forgets to declare itself', () => {
  it('is refused anonymously, wherever it is registered, and answers a signed-in user', async () => {
    const handle = await freshDatabase();
    const fresh = await buildApp({ config: { ...config, webDir: '' }, db: handle, now: () => NOW, logger: false });
    fresh.get('/api/undeclared', async () => ({ secret: 'data' }));
    fresh.get('/undeclared-page', async () => ({ secret: 'data' }));
    await fresh.register(async (scope) => {
      scope.post('/api/nested/undeclared', async () => ({ secret: 'data' }));
    });
    await fresh.listen({ port: 0, host: '127.0.0.1' });
    try {
      const freshPort = (fresh.server.address() as { port: number }).port;
      for (const [method, url] of [
        ['GET', '/api/undeclared'],
        ['GET', '/undeclared-page'],
        ['POST', '/api/nested/undeclared'],
      ] as const) {
        for (const variant of pathVariants(url)) {
          const answer = await rawRequest(freshPort, { method, path: variant, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
          expect(answer.status, `${method} ${variant}`).not.toBeLessThan(400);
          expect(answer.status, `${method} ${variant}`).toBeLessThan(500);
          expect(answer.body).not.toContain('secret');
        }
      }
      const staff = await makeUser(fresh.db, 'staff');
      const login = await fresh.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: TEST_PASSWORD } });
      const signedIn = await rawRequest(freshPort, { method: 'GET', path: '/api/undeclared', headers: { authorization: `Bearer ${login.json().token}` } });
      expect(signedIn.status).toBe(200);
    } finally {
      await fresh.close();
      await handle.close();
    }
  });
});
