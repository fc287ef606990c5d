/**
 * Every command the README gives works. Each `npm …` in its code blocks and code spans (tables included) must be a
 * script of package.json, and either run here, for real, through npm, on throwaway data folders (the cheap and
 * safe ones: migrate, seed, first account, backup and restore, the bench's help), or be named in `elsewhere` with
 * the test or CI step that runs it, which must exist and show it. A README command that nothing runs fails here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers/server-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const root = mkdtempSync(path.join(tmpdir(), 'tracker-readme-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The README's code: fenced blocks and inline spans, where its commands are. */
function codeOf(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  return [...blocks, ...spans];
}

/** The npm scripts the README names: `npm run X` as X; `npm start`, `npm test`, `npm ci` as themselves. */
function npmCommands(markdown: string): string[] {
  const found = new Set<string>();
  for (const code of codeOf(markdown)) {
    for (const m of code.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]+)|(start|test|ci|install)\b)/g)) found.add(m[1] ?? m[2] ?? '');
  }
  return [...found].sort();
}

/** The Docker commands the README gives (`docker compose <subcommand>`). */
const dockerCommands = (markdown: string) =>
  [...new Set(codeOf(markdown).flatMap((code) => [...code.matchAll(/\bdocker compose\s+(\w+)/g)].map((m) => m[1] ?? '')))].sort();

/** Run here: each has its own test below. */
const runHere = ['db:migrate', 'db:seed-demo', 'user:create', 'backup', 'restore', 'bench'];

/**
 * Run elsewhere: the file that runs the command and a string in it that shows so (a test removed or changed to
 * run something else fails here).
 */
const elsewhere: Record<string, { by: string; shows: string; why: string }> = {
  ci: { by: '.ci/run', shows: 'npm ci --no-audit --no-fund', why: 'CI installs with it' },
  test: { by: '.ci/run', shows: 'npm test', why: 'CI runs the whole suite with it, on both Nodes' },
  start: {
    by: 'test/system/bundle.test.ts',
    shows: "'--if-stale'",
    why: 'npm start is the stale-only build and dist/main.js: bundle.test.ts runs both (start.test.ts runs the sources)',
  },
  'build:server': { by: 'test/system/bundle.test.ts', shows: "'scripts/build.ts', 'server'", why: 'slow (a full esbuild): the bundle test builds it' },
  'build:web': { by: 'test/run-all.sh', shows: 'npm run build:web', why: 'slow (a vite build): npm test builds it for the browser tests' },
  'check:api-types': { by: '.ci/run', shows: 'npm run check:api-types', why: 'CI fails when the generated API types are stale' },
  'api:types': { by: 'scripts/check-api-types.sh', shows: 'bash scripts/generate-api-types.sh', why: 'the drift check CI runs generates them the same way' },
  dev: { by: 'scripts/app-entry.ts', shows: "'--import', 'tsx', 'server/main.ts'", why: 'npm run dev is that, watched: start.test.ts starts it so' },
};

/** Docker is not on the CI machine: its commands are checked by reading the files they use. */
const dockerCheckedBy: Record<string, string> = {
  up: 'test/system/image-files.test.ts (docker-compose.yml and the Dockerfile as written)',
  exec: 'test/system/image-files.test.ts (the service); the npm command it runs is run here',
};

/**
 * `npm run <script> [args]` for real, in the repository, with a throwaway data folder and no DATABASE_URL. Each loads
 * tsx and opens PGlite: seconds alone, tens of them on two busy cores (hence the describes' timeouts).
 */
function npmRun(script: string, args: string[], env: Record<string, string>, input?: string) {
  const run = spawnSync('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

describe('the README’s commands', () => {
  const commands = npmCommands(readme);

  it('are found: the README names its npm commands in code', () => {
    expect(commands).toEqual(expect.arrayContaining(['ci', 'start', 'test', 'db:migrate', 'db:seed-demo', 'user:create', 'backup', 'restore']));
  });

  it('are each a script of package.json', () => {
    const missing = commands.filter((command) => command !== 'ci' && command !== 'install' && !(command in scripts));
    expect(missing).toEqual([]);
  });

  it('are each run: here, or by a test or CI step that exists and shows it', () => {
    const unrun = commands.filter((command) => !runHere.includes(command) && !(command in elsewhere));
    expect(unrun).toEqual([]);
    for (const command of commands.filter((c) => c in elsewhere)) {
      const { by, shows } = elsewhere[command]!;
      expect(existsSync(path.join(REPO_ROOT, by)), `${command}: ${by}`).toBe(true);
      expect(readFileSync(path.join(REPO_ROOT, by), 'utf8'), `${command}: ${by} shows ${shows}`).toContain(shows);
    }
  });

  it('for Docker, are each checked by reading the files they use', () => {
    const docker = dockerCommands(readme);
    expect(docker.length).toBeGreaterThan(0);
    expect(docker.filter((command) => !(command in dockerCheckedBy))).toEqual([]);
  });
});

describe('npm run db:migrate', { timeout: 150_000 }, () => {
  const dataDir = path.join(root, 'migrated');

  it('migrates a new embedded folder and says which migrations it applied, then that nothing is left', () => {
    const first = npmRun('db:migrate', [], { DATA_DIR: dataDir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration\(s\): 0000_init, /);
    const again = npmRun('db:migrate', [], { DATA_DIR: dataDir });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/nothing to apply: all \d+ migrations are already applied/);
  });

  it('fails with exit 1 and one line when the database cannot be reached', () => {
    const run = npmRun('db:migrate', [], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/tracker' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^migrations not applied: connect ECONNREFUSED 127\.0\.0\.1:1$/);
  });
});

describe('npm run user:create', { timeout: 150_000 }, () => {
  const dataDir = path.join(root, 'first-account');
  const account = ['--email', 'first.staff@example.org', '--name', 'First Staff', '--role', 'staff'];
  const password = 'Quartz-lantern-harbour-4817';

  it('makes the first staff account of an empty database, the password read from standard input', () => {
    const run = npmRun('user:create', account, { DATA_DIR: dataDir, DEMO_DATA: 'false' }, `${password}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/created staff first\.staff@example\.org \(First Staff\), id [0-9a-f-]{36}/);
  });

  it('refuses a used email, a refused password, bad arguments or no password: non-zero, one line, nothing made', () => {
    const env = { DATA_DIR: dataDir, DEMO_DATA: 'false' };
    const duplicate = npmRun('user:create', account, env, `${password}\n`);
    expect([duplicate.status, duplicate.stderr]).toEqual([1, 'user not created: email: first.staff@example.org is already in use']);
    const weak = npmRun('user:create', ['--email', 'weak@example.org', '--name', 'Weak', '--role', 'coach'], env, 'short\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/^user not created: .*password/i);
    const badRole = npmRun('user:create', ['--email', 'x@example.org', '--name', 'X', '--role', 'admin'], env, `${password}\n`);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/^user:create: --role must be one of staff, coach, state_lead, state_member, got "admin"; usage: .+$/);
    const missing = npmRun('user:create', ['--email', 'x@example.org', '--role', 'staff'], env, `${password}\n`);
    expect([missing.status, missing.stderr.split('; ')[0]]).toEqual([2, 'user:create: missing --name']);
    const noPassword = npmRun('user:create', ['--email', 'x@example.org', '--name', 'X', '--role', 'staff'], env, '');
    expect(noPassword.status).toBe(1);
    expect(noPassword.stderr).toMatch(/^user not created: no password on standard input/);
    for (const run of [duplicate, weak, badRole, missing, noPassword]) expect(run.stderr.split('\n')).toHaveLength(1);
  });

  it('signs in with that password on the server started on the same folder, with no demo data', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
    try {
      const signIn = (email: string, secret: string) =>
        fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: secret }),
        });
      const res = await signIn('first.staff@example.org', password);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { user: { role: string } }).user.role).toBe('staff');
      // Only that account: the refused ones above made nothing, and no demo data was loaded.
      expect((await signIn('weak@example.org', 'short')).status).toBe(401);
      expect((await signIn('staff@demo.test', 'demo-password')).status).toBe(401);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('npm run db:seed-demo, backup and restore', { timeout: 150_000 }, () => {
  const dataDir = path.join(root, 'demo');
  const file = path.join(root, 'demo.tar.gz');

  it('db:seed-demo loads the demo data into a new folder, and not twice', () => {
    const run = npmRun('db:seed-demo', [], { DATA_DIR: dataDir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/loaded the demo data in \d+ ms; sign in as staff@demo\.test/);
    const again = npmRun('db:seed-demo', [], { DATA_DIR: dataDir });
    expect(again.stdout).toContain('the database already has users; demo data not loaded');
  });

  it('backup writes the named file and, without one, a file under backups/', () => {
    const named = npmRun('backup', [file], { DATA_DIR: dataDir });
    expect(named.status).toBe(0);
    expect(named.stdout).toContain(`backed up the embedded database in ${dataDir} to ${file}`);
    expect(existsSync(file)).toBe(true);
    const unnamed = npmRun('backup', [], { DATA_DIR: dataDir });
    expect(unnamed.status).toBe(0);
    const written = unnamed.stdout.match(/ to (\S+backups\/tracker-\S+\.tar\.gz)/)?.[1];
    expect(written && existsSync(written)).toBe(true);
    rmSync(written!, { force: true });
  });

  it('restore puts the backup into an empty folder, which then serves the demo accounts', async () => {
    const restored = path.join(root, 'restored');
    const run = npmRun('restore', [file], { DATA_DIR: restored });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`restored ${file} into the embedded database in ${restored}`);
    const over = npmRun('restore', [file], { DATA_DIR: restored });
    expect(over.status).toBe(1);
    const check = npmRun('db:seed-demo', [], { DATA_DIR: restored });
    expect(check.stdout).toContain('the database already has users; demo data not loaded');
  });
});

describe('npm run bench -- --help', { timeout: 150_000 }, () => {
  it('lists the bench’s options without running it', () => {
    const run = npmRun('bench', ['--help'], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run bench -- [options]');
  });
});
