/**
 * The server as a child process, for the tests that need a real one (start-up, browser, database outage, two
 * processes): `node --import tsx server/main.ts`, or the bundle `npm start` runs (`entry: 'bundle'`), with the
 * given environment, resolved once /readyz answers 200. Its output is kept (not printed), so that a failure
 * can show what it said.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';
import { type AppEntry, appArgs } from '../../scripts/app-entry.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const POLL_MS = 100;
/**
 * Generous (several test runs share two cores, and a first start migrates and loads the demo data), yet
 * inside the test projects' hook timeouts, so that a slow start fails here, with the server's log.
 */
const READY_WITHIN_MS = 80_000;
const STOP_WITHIN_MS = 15_000;

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number;
  /** From spawning to the first 200 of /readyz. */
  readyAfterMs: number;
  /** Everything it wrote to stdout and stderr so far. */
  log(): string;
  /** SIGTERM (SIGKILL if it has not exited after 15 s), resolved once it has exited; safe to call twice. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The port to listen on (a free one when left out), e.g. to restart on the same address. */
  port?: number;
  /**
   * What runs: the sources through tsx (the default), or the bundle that `npm start` builds and runs
   * (`dist/main.js`, which the caller builds first).
   */
  entry?: AppEntry;
  readyWithinMs?: number;
}

const tail = (text: string, lines = 30) => text.trimEnd().split('\n').slice(-lines).join('\n');

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
      await exited;
      clearTimeout(forced);
    }
    await exited;
  };
}

/** Starts the server with `env` over this process's environment (HOST 127.0.0.1 and PORT are set here). */
export async function startServerProcess(env: Record<string, string>, options: ServerOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const args = appArgs(options.entry ?? 'tsx');
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = stopper(child);

  const deadline = began + (options.readyWithinMs ?? READY_WITHIN_MS);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was ready:\n${tail(output)}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) {
      return { url, port, pid: child.pid ?? 0, readyAfterMs: performance.now() - began, log: () => output, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await stop();
  throw new Error(`the server was not ready within ${Math.round((deadline - began) / 1000)} s:\n${tail(output)}`);
}
