/**
 * The server as the image lays it out and runs it (Dockerfile): the app's folder root's and read-only to the user
 * the server runs as, only the data folder and CODE_CACHE_DIR writable, NODE_ENV=production, `node dist/main.js`.
 * The bundle is built here into a copy of the sources (never the repository's dist/, which bundle.test.ts builds
 * at the same time), the copy made read-only, and the server started in it as `nobody` when this runs as root
 * (root ignores file modes), or as this user otherwise. It must start, answer, and keep its V8 code cache in
 * CODE_CACHE_DIR; without CODE_CACHE_DIR it still starts, the cache only missing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomSecret } from '../../server/config.ts';
import { buildServer } from '../../scripts/build-server.ts';
import { freePort } from '../helpers/free-port.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const root = mkdtempSync(path.join(tmpdir(), 'tracker-image-'));
const app = path.join(root, 'app');
const dataDir = path.join(root, 'data');
// As the image's /tmp/tracker-code-cache: made by the server in a folder anyone may write to.
const sharedTmp = path.join(root, 'tmp');
const cacheDir = path.join(sharedTmp, 'tracker-code-cache');
let node = process.execPath;
let server: ChildProcess | undefined;
let output = '';

/** chmod a-w on everything under `dir`, not following symlinks (node_modules is the repository's). */
function makeReadOnly(dir: string) {
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    const stat = lstatSync(entry);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) makeReadOnly(entry);
    chmodSync(entry, stat.mode & ~0o222);
  }
  chmodSync(dir, statSync(dir).mode & ~0o222);
}

/** The command, as the user the server runs as: `nobody` under root (setpriv), else this user. */
const asAppUser = (command: string, args: string[]): [string, string[]] =>
  asRoot ? ['setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', command, ...args]] : [command, args];

async function start(env: Record<string, string>) {
  const port = await freePort();
  const [command, args] = asAppUser(node, ['dist/main.js']);
  output = '';
  server = spawn(command, args, {
    cwd: app,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: randomSecret(),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIR: path.join(root, 'web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 80_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output}`);
    const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (res?.status === 200) return `http://127.0.0.1:${port}`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within 80 s:\n${output}`);
}

async function stop() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  mkdirSync(app);
  for (const part of ['server', 'db', 'scripts', 'migrations', 'package.json', 'tsconfig.json', 'package-lock.json']) {
    cpSync(path.join(REPO_ROOT, part), path.join(app, part), { recursive: true });
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(app, 'node_modules'));
  await buildServer(app);
  mkdirSync(path.join(root, 'web'));
  writeFileSync(path.join(root, 'web', 'index.html'), '<!doctype html><title>image-marker</title>');
  makeReadOnly(app);
  mkdirSync(dataDir);
  chmodSync(root, 0o755);
  mkdirSync(sharedTmp);
  chmodSync(sharedTmp, 0o1777);
  if (asRoot) {
    chownSync(dataDir, NOBODY, NOBODY);
    // Node's binary must be reachable by that user: one under /root (the CI's Node LTS) is copied out.
    if (spawnSync('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', node, '-v']).status !== 0) {
      node = path.join(root, 'node');
      copyFileSync(process.execPath, node);
      chmodSync(node, 0o755);
    }
  }
}, 120_000);

afterAll(async () => {
  await stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the server laid out and run as the image runs it', () => {
  it('cannot write to its own files', () => {
    const [command, args] = asAppUser('sh', ['-c', `: > ${path.join(app, 'dist', 'written')}`]);
    expect(spawnSync(command, args).status).not.toBe(0);
    expect(existsSync(path.join(app, 'dist', 'written'))).toBe(false);
  });

  it('starts from a read-only app folder, initialising the data folder, and answers', async () => {
    const url = await start({ CODE_CACHE_DIR: cacheDir });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('image-marker');
    // No demo data in production: an empty user table.
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.test', password: 'demo-password' }),
    });
    expect(login.status).toBe(401);
    await stop();
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
  });

  it('keeps its V8 code cache in CODE_CACHE_DIR, readable only by itself, and starts again from it', async () => {
    await start({ CODE_CACHE_DIR: cacheDir });
    await stop();
    const caches = readdirSync(cacheDir);
    expect(caches).toEqual([expect.stringMatching(/^server-\d+-\d+\.cjs\.cache$/)]);
    expect(statSync(cacheDir).mode & 0o077).toBe(0);
    const made = statSync(path.join(cacheDir, caches[0]!)).mtimeMs;
    await start({ CODE_CACHE_DIR: cacheDir });
    await stop();
    // Taken, not refused and written anew.
    expect(statSync(path.join(cacheDir, caches[0]!)).mtimeMs).toBe(made);
    expect(readdirSync(path.join(app, 'dist')).some((name) => name.includes('cache'))).toBe(false);
  });

  it('without CODE_CACHE_DIR, starts all the same and says nothing of the cache it cannot write', async () => {
    await start({});
    await stop();
    expect(output).not.toMatch(/EACCES|EROFS|cache/i);
    expect(readdirSync(path.join(app, 'dist')).some((name) => name.includes('cache'))).toBe(false);
  });
});
