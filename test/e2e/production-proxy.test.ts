/**
 * Production as people deploy it: Debian's nginx terminating TLS (a certificate made here) in front of the built
 * server started as the image starts it (`node dist/main.js`, NODE_ENV=production, PUBLIC_URL, TRUST_PROXY), with
 * the nginx config taken from docs/deploy/nginx.conf (the README's example), only ports, paths and the certificate
 * changed. In chromium through https: no demo panel on an empty production database, sign in, reload and stay
 * signed in, the feed URL is https; two clients (127.0.0.2 and 127.0.0.3: Linux routes all of 127/8 to lo, so
 * nginx sees two real addresses) have separate sign-in limits; the same proxy over plain http shows a clear
 * sign-in error. Under CI a missing nginx fails; elsewhere the file is skipped with a message.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { users } from '../../db/schema/index.ts';
import { hashPassword } from '../../server/lib/passwords.ts';
import { freePort } from '../helpers/free-port.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { type Browser, type Page, browserMissing, expectAccessible, openBrowser, screenshot } from './harness.ts';
import { REPO_ROOT, WEB_BUILD } from './paths.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const nginxMissing = !existsSync(NGINX);
const underCi = process.env.CI === 'true';
if (nginxMissing && !underCi) console.warn(`production-proxy: skipped, nginx is not at ${NGINX} (apt-get install -y nginx); under CI=true this fails`);

/**
 * The plain-http proxy's name. Chromium keeps Secure cookies on http://127.0.0.1 (loopback counts as a secure
 * context), so reached by that address the silent loop would not show: a name that resolves to it does.
 */
const PLAIN_HOST = 'tracker.test';

const STAFF = { email: 'admin@tracker.example.org', name: 'Avery Admin', password: 'a long production passphrase 7' };
const DOCS_CONFIG = path.join(REPO_ROOT, 'docs/deploy/nginx.conf');

/** Replaces text the docs' example must contain: if the example changes shape, this says so instead of testing less. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`docs/deploy/nginx.conf no longer contains "${from}"; update the test with it`);
  return text.split(from).join(to);
}

interface Ports {
  app: number;
  tls: number;
  redirect: number;
  plain: number;
}

/**
 * docs/deploy/nginx.conf with this run's ports and certificate, plus a copy of its https server without TLS
 * (a proxy that forwards plain http: what the app must answer clearly), inside a main config that keeps
 * every file nginx writes in `dir`.
 */
function nginxConfig(dir: string, ports: Ports, publicUrl: string): string {
  let site = readFileSync(DOCS_CONFIG, 'utf8');
  site = swap(site, 'server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`);
  site = swap(site, 'listen 80;', `listen 127.0.0.1:${ports.redirect};`);
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${ports.tls} ssl http2;`);
  site = swap(site, 'https://tracker.example.org', publicUrl);
  site = swap(site, '/etc/letsencrypt/live/tracker.example.org/fullchain.pem', path.join(dir, 'cert.pem'));
  site = swap(site, '/etc/letsencrypt/live/tracker.example.org/privkey.pem', path.join(dir, 'key.pem'));
  const tlsServer = site.slice(site.lastIndexOf('\nserver {'));
  if (!tlsServer.includes('ssl_certificate')) throw new Error('docs/deploy/nginx.conf: the https server is expected last');
  const plainServer = tlsServer
    .replace(`listen 127.0.0.1:${ports.tls} ssl http2;`, `listen 127.0.0.1:${ports.plain};`)
    .split('\n')
    .filter((line) => !line.trim().startsWith('ssl_'))
    .join('\n');
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp), { recursive: true });
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${site}
# The test's own: the same proxying over plain http.
${plainServer}
}
`;
}

/** A request through the proxy from a chosen local address, verifying the test's certificate. */
function httpsRequest(
  url: string,
  options: { method?: string; body?: unknown; localAddress?: string; ca: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const request = https.request(
      url,
      {
        method: options.method ?? 'GET',
        ca: options.ca,
        localAddress: options.localAddress,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** A fresh embedded database with one staff account, as `npm run user:create` would leave it (no demo data). */
async function productionDatabase(dataDir: string) {
  const handle = await createDb({ driver: 'pglite', dataDir });
  try {
    await migrate(handle);
    await handle.db.insert(users).values({ email: STAFF.email, name: STAFF.name, role: 'staff', passwordHash: await hashPassword(STAFF.password) });
  } finally {
    await handle.close();
  }
}

const productionEnv = (dataDir: string, publicUrl: string) => ({
  NODE_ENV: 'production',
  PUBLIC_URL: publicUrl,
  TRUST_PROXY: '127.0.0.1',
  JWT_SECRET: randomBytes(32).toString('hex'),
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  DEMO_DATA: '',
  WEB_DIR: WEB_BUILD,
  LOG_LEVEL: 'warn',
});

describe.skipIf(browserMissing || (nginxMissing && !underCi))('production behind nginx (TLS, X-Forwarded-*)', () => {
  let root: string;
  let ca: string;
  let ports: Ports;
  let publicUrl: string;
  let server: ServerProcess | undefined;
  let nginx: ChildProcess | undefined;
  let nginxOutput = '';
  let browser: Browser;

  beforeAll(async () => {
    if (nginxMissing) throw new Error(`This test needs Debian's nginx at ${NGINX} (apt-get install -y nginx); under CI it may not skip.`);
    root = mkdtempSync(path.join(tmpdir(), 'tracker-proxy-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(root, 'key.pem'), '-out', path.join(root, 'cert.pem'),
    ], { stdio: 'pipe' });
    ca = readFileSync(path.join(root, 'cert.pem'), 'utf8');
    // The bundle the image runs (dist/main.js), rebuilt only if its sources changed.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale', 'server'], { cwd: REPO_ROOT, stdio: 'pipe' });

    const [tls, redirect, plain] = [await freePort(), await freePort(), await freePort()];
    publicUrl = `https://127.0.0.1:${tls}`;
    const dataDir = path.join(root, 'data');
    await productionDatabase(dataDir);
    [server, browser] = await Promise.all([startServerProcess(productionEnv(dataDir, publicUrl), { entry: 'bundle' }), openBrowser([`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`])]);
    ports = { app: server.port, tls, redirect, plain };

    const conf = path.join(root, 'nginx.conf');
    writeFileSync(conf, nginxConfig(root, ports, publicUrl));
    nginx = spawn(NGINX, ['-p', root, '-c', conf, '-e', path.join(root, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
    nginx.stderr?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}: ${nginxOutput}`);
      const up = await httpsRequest(`${publicUrl}/healthz`, { ca }).then((r) => r.status === 200, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${publicUrl} within 15 s: ${nginxOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function pageAt(baseURL: string): Promise<Page> {
    // The certificate is the test's own: chromium is told to accept it, as --ignore-certificate-errors does.
    const context = await browser.newContext({ baseURL, ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  async function submitSignIn(page: Page, email: string, password: string) {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  let page: Page;

  it('shows no demo accounts on a production database without them, and the sign-in page passes axe', async () => {
    page = await pageAt(publicUrl);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The options answer has arrived before the page renders (the load function waits for it).
    expect(await page.getByRole('heading', { name: 'Demo accounts' }).count()).toBe(0);
    expect(await page.getByText('demo-password').count()).toBe(0);
    await expectAccessible(page, 'the production sign-in page');
    await screenshot(page, 'sign-in-production-desktop');
  });

  it('signs in through https with Secure cookies, and stays signed in after a reload', async () => {
    await submitSignIn(page, STAFF.email, STAFF.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('main h1').first().waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name.startsWith('tracker_')).map((c) => [c.name, c.secure, c.httpOnly])).toEqual(
      expect.arrayContaining([
        ['tracker_session', true, true],
        ['tracker_refresh', true, true],
      ]),
    );
    const signedInAt = new URL(page.url()).pathname;
    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(signedInAt);
  });

  it('shows an https calendar feed URL on /account, which answers through the proxy', async () => {
    await page.goto('/account');
    await page.getByRole('button', { name: 'Create my subscription URL' }).click();
    const url = await page.getByLabel('Your subscription URL').inputValue();
    expect(url).toMatch(new RegExp(`^${publicUrl.replaceAll('.', '\\.')}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await httpsRequest(url, { ca });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
  });

  it('keeps separate sign-in limits for two clients behind the proxy (127.0.0.2 and 127.0.0.3)', async () => {
    const signIn = (localAddress: string, email: string, password: string) =>
      httpsRequest(`${publicUrl}/api/auth/login`, { method: 'POST', body: { email, password }, localAddress, ca });
    let attempts = 0;
    let answer = 0;
    // Wrong passwords for accounts that do not exist, one each, until the address limit answers.
    while (attempts < 300 && answer !== 429) {
      attempts += 1;
      answer = (await signIn('127.0.0.2', `nobody.${attempts}@example.org`, 'wrong password here')).status;
      if (answer !== 429) expect(answer).toBe(401);
    }
    expect(answer, `no 429 after ${attempts} failed sign-ins from one address`).toBe(429);
    expect((await signIn('127.0.0.2', STAFF.email, STAFF.password)).status).toBe(429);
    // The other client, through the same proxy, is not held back by the first one's attempts.
    expect((await signIn('127.0.0.3', 'nobody.else@example.org', 'wrong password here')).status).toBe(401);
    expect((await signIn('127.0.0.3', STAFF.email, STAFF.password)).status).toBe(200);
    // Each refused sign-in still hashes (timing stays even): a per-address limit in the hundreds takes a while.
  }, 180_000);

  it('over plain http shows a clear sign-in error that says where the tracker is, not a silent return to the form', async () => {
    const plainPage = await pageAt(`http://${PLAIN_HOST}:${ports.plain}`);
    try {
      await submitSignIn(plainPage, STAFF.email, STAFF.password);
      const alert = plainPage.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`This tracker is at ${publicUrl}; open it there to sign in`);
      expect(new URL(plainPage.url()).pathname).toBe('/login');
      expect(await plainPage.context().cookies()).toEqual([]);
    } finally {
      await plainPage.context().close();
    }
  });

  it('sends plain http on the example’s port 80 server to the https address', async () => {
    const answer = await fetch(`http://127.0.0.1:${ports.redirect}/login?next=%2Faccount`, { redirect: 'manual' });
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`${publicUrl}/login?next=%2Faccount`);
  });

  it('shows the demo accounts panel when the demo data is in the database (and only then)', async () => {
    const demoDir = path.join(root, 'demo');
    cpSync(inject('demoDataDir'), demoDir, { recursive: true });
    const port = await freePort();
    const demo = await startServerProcess({ ...productionEnv(demoDir, `http://127.0.0.1:${port}`), TRUST_PROXY: '' }, { entry: 'bundle', port });
    try {
      const demoPage = await pageAt(demo.url);
      await demoPage.goto('/login');
      await demoPage.getByRole('heading', { name: 'Demo accounts' }).waitFor();
      expect(await demoPage.getByText('demo-password').count()).toBeGreaterThan(0);
      await expectAccessible(demoPage, 'the sign-in page with the demo accounts');
      await demoPage.context().close();
    } finally {
      await demo.stop();
    }
  });
});
