/**
 * One process per embedded data folder, with real processes: a second server on the folder exits with one
 * line while the first keeps answering; the CLIs are refused while it runs; after a kill -9 a new start takes
 * over the stale lock; a clean stop leaves none. A port already in use is one line too, said before any
 * database is opened.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../db/data-dir-lock.ts';
import { appArgs } from '../../scripts/app-entry.ts';
import { freePort } from '../helpers/free-port.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'tracker-data-dir-lock-')));
const dataDir = path.join(root, 'data');
const lockFile = path.join(dataDir, LOCK_FILE);
const env = { DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'false', LOG_LEVEL: 'warn', WEB_DIR: path.join(root, 'no-web') };
const servers: ServerProcess[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Runs node with `args` from the repository's root until it exits (within 45 s), with what it printed. */
function runToExit(args: string[], extraEnv: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, HOST: '127.0.0.1', ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after 45 s:\n${stdout}\n${stderr}`));
    }, 45_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
const lockHolder = () => (JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number }).pid;

async function readyz(server: ServerProcess): Promise<number> {
  const health = await fetch(`${server.url}/readyz`);
  return health.status;
}

describe('one process per embedded data folder', () => {
  let first: ServerProcess;

  it('the first server takes the folder’s lock', async () => {
    first = await startServerProcess(env);
    servers.push(first);
    expect(lockHolder()).toBe(first.pid);
  });

  it('a second server on the same folder exits with one line naming the first, which keeps answering', async () => {
    const second = await runToExit(appArgs('tsx'), { ...env, PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(lines(second.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^the embedded database in ${dataDir} is in use by process ${first.pid} \\(started [^)]+\\); stop it first, or set DATA_DIR`)),
    ]);
    expect(await readyz(first)).toBe(200);
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password' }),
    });
    expect(login.status).toBe(401);
    expect(lockHolder()).toBe(first.pid);
  });

  it('npm run db:seed-demo is refused while the server runs', async () => {
    const seed = await runToExit(['--import', 'tsx', 'db/demo-cli.ts'], env);
    expect(seed.code).toBe(1);
    expect(lines(seed.stderr)).toEqual([expect.stringMatching(new RegExp(`^demo data not loaded: the embedded database in ${dataDir} is in use by process ${first.pid} `))]);
    expect(await readyz(first)).toBe(200);
  });

  it('npm run backup is refused while the server runs, and writes no file', async () => {
    const file = path.join(root, 'backup.tar.gz');
    const backup = await runToExit(['--import', 'tsx', 'db/backup-cli.ts', 'backup', file], env);
    expect(backup.code).toBe(1);
    expect(lines(backup.stderr)).toEqual([expect.stringMatching(new RegExp(`^backup failed: the embedded database in ${dataDir} is in use by process ${first.pid} `))]);
    expect(existsSync(file)).toBe(false);
  });

  it('after a kill -9 of the server, a new start takes over the stale lock', async () => {
    process.kill(first.pid, 'SIGKILL');
    await first.stop();
    expect(lockHolder()).toBe(first.pid);
    const next = await startServerProcess(env);
    servers.push(next);
    expect(lockHolder()).toBe(next.pid);
    expect(await readyz(next)).toBe(200);
  });

  it('a port already in use is one line, said before a database is opened', async () => {
    const running = servers.at(-1) as ServerProcess;
    const otherDir = path.join(root, 'other-data');
    const clash = await runToExit(appArgs('tsx'), { ...env, DATA_DIR: otherDir, PORT: String(running.port) });
    expect(clash.code).toBe(1);
    expect(lines(clash.stderr)).toEqual([
      `port ${running.port} on 127.0.0.1 is already in use (another copy of the app, or another program); stop it, or set PORT to a free port`,
    ]);
    expect(existsSync(otherDir)).toBe(false);
    expect(await readyz(running)).toBe(200);
  });

  it('a clean stop releases the lock', async () => {
    await (servers.at(-1) as ServerProcess).stop();
    expect(existsSync(lockFile)).toBe(false);
  });
});
