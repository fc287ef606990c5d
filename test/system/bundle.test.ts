/**
 * What `npm start` runs is the server bundle (`npm run build:server`, dist/main.js), not the sources the other
 * tests run through tsx: built here from the sources, started on a fresh embedded folder, it must load the demo
 * data and answer as the sources do. Whatever a bundler drops or moves (a dynamic import, a path found from the
 * module's own address, such as the migrations folder) shows here first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'tracker-bundle-'));
const webDir = path.join(dataDir, 'web');
let server: ServerProcess;

async function signIn(email: string) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const get = (token: string, url: string) => fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  mkdirSync(webDir);
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>bundle-marker</title>');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', 'server'], { cwd: REPO_ROOT, stdio: 'pipe' });
  server = await start();
}, 120_000);

const start = () => startServerProcess({ DATA_DIR: path.join(dataDir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'info', WEB_DIR: webDir }, { entry: 'bundle' });

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server bundle that npm start runs', () => {
  it('migrates a fresh embedded folder, loads the demo data and the playbook, and says so', () => {
    const log = server.log();
    expect(log).toMatch(/\[start\] \d+ ms: initialising a new embedded database/);
    expect(log).toContain('loaded the demo data (empty database)');
    expect(log).toContain('loaded the playbook’s starting entries (empty library)');
  });

  it('answers the API as the sources do: the progress view, a state with its plan, and JSON errors', async () => {
    const token = await signIn('staff@demo.test');
    const progress = (await (await get(token, '/api/progress')).json()) as { states: { stateCode: string }[] };
    expect(progress.states.map((s) => s.stateCode)).toContain('AR');
    const arkansas = (await (await get(token, '/api/states/AR')).json()) as { participations: { planId: string | null }[] };
    const planId = arkansas.participations[0]?.planId;
    expect(planId).toEqual(expect.any(String));
    const plan = await get(token, `/api/plans/${planId}`);
    expect(plan.status).toBe(200);
    expect(plan.headers.get('etag')).toMatch(/^"\d+"$/);
    const missing = await get(token, '/api/states/ZZ');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404 });
  });

  it('checks a new password with the lists and hashes it with the native argon2id, both kept outside the bundle', async () => {
    const token = await signIn('elisabeth.pope@demo.test');
    const { version } = (await (await get(token, '/api/users/me')).json()) as { version: number };
    const change = (password: string) =>
      fetch(`${server.url}/api/users/me`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ password, currentPassword: 'demo-password', version }),
      });
    const common = await change('qwerty123456');
    expect(common.status).toBe(400);
    expect(((await common.json()) as { message: string }).message).toBe('password: is one of the most common passwords; choose another');
    expect((await change('kangaroo-violet-lamp-42')).status).toBe(200);
    const again = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'elisabeth.pope@demo.test', password: 'kangaroo-violet-lamp-42' }),
    });
    expect(again.status).toBe(200);
  });

  it('serves the dashboard beside the API, and the API’s documentation (loaded on its first request)', async () => {
    const page = await fetch(`${server.url}/states/AR`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('bundle-marker');
    const docs = await fetch(`${server.url}/api/docs/json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/states/{code}');
    expect((await fetch(`${server.url}/api/docs/`)).status).toBe(200);
  });

  it('keeps V8’s compiled code of the bundle from a start on an existing folder, and starts again from it', async () => {
    // The first start initialised the folder: code later starts do not run, so it left no cache.
    await server.stop();
    const cache = path.join(REPO_ROOT, 'dist', 'server.cjs.cache');
    expect(existsSync(cache)).toBe(false);
    server = await start();
    expect(server.log()).toContain('database has data; demo data not loaded');
    await server.stop();
    expect(existsSync(cache)).toBe(true);
    const made = statSync(cache).mtimeMs;
    server = await start();
    const token = await signIn('staff@demo.test');
    expect((await get(token, '/api/progress')).status).toBe(200);
    // V8 took the cache: a refused one (made under other flags than the start compiles under) is written anew,
    // synchronously, before the server answers its first request.
    expect(statSync(cache).mtimeMs).toBe(made);
  });

  it('is kept, with its cache, by npm start’s build while its sources are unchanged', () => {
    const bundle = path.join(REPO_ROOT, 'dist', 'server.cjs');
    const built = statSync(bundle).mtimeMs;
    const run = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale', 'server'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run).toContain('[build] the server is up to date');
    expect(statSync(bundle).mtimeMs).toBe(built);
    expect(existsSync(path.join(REPO_ROOT, 'dist', 'server.cjs.cache'))).toBe(true);
  });

  it('maps a stack trace back to the sources, and exits with 1 when it cannot start', () => {
    const run = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a port number');
    expect(run.stderr).toMatch(/at loadConfig \(.*server\/config\.ts:\d+:\d+\)/);
  });
});
