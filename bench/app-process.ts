import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../test/helpers/free-port.ts';
import { BENCH_JWT_SECRET } from './dataset.ts';
import { type AppEntry, appArgs } from '../scripts/app-entry.ts';

export const REPO_ROOT = new URL('..', import.meta.url).pathname;

/** A server process of ours (the app or the floor), ready on loopback. */
export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from the readiness URL. */
  readyMs: number;
  /** CPU the process had used by then (all its threads): steadier than readyMs on a busy machine. */
  readyCpuMs: number;
  /** What the process printed (its start-up log), for the report. */
  output(): string;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

export interface ServerCommand {
  args: string[];
  env: Record<string, string>;
  readyPath: string;
  timeoutMs?: number;
}

/** Spawns `node <args>` with PORT set, polls the readiness path every 5 ms and resolves once it answers 200. */
export async function startServer(command: ServerCommand): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, command.args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...command.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = started + (command.timeoutMs ?? 300_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command.args.join(' ')} exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${baseUrl}${command.readyPath}`).then((r) => r.ok, () => false);
    if (ok) {
      const readyMs = performance.now() - started;
      return {
        baseUrl,
        pid: child.pid as number,
        readyMs,
        readyCpuMs: cpuMs(child.pid as number),
        output: () => output,
        peakRssMiB: () => peakRssMiB(child.pid as number),
        stop,
      };
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await stop();
  throw new Error(`${command.args.join(' ')} was not ready within ${command.timeoutMs ?? 300_000} ms:\n${output}`);
}

/** utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms (Linux's USER_HZ). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

export type { AppEntry };

/** The app on the given database, with the bench's secret (capture.ts signed the tokens with it). */
export function appCommand(entry: AppEntry, database: { url?: string; dataDir?: string }, extraEnv: Record<string, string> = {}): ServerCommand {
  return {
    args: appArgs(entry),
    readyPath: '/readyz',
    env: {
      NODE_ENV: 'development',
      JWT_SECRET: BENCH_JWT_SECRET,
      DATABASE_URL: database.url ?? '',
      DATA_DIR: database.dataDir ?? '',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      // The bench signs in once; its tokens must outlive the run.
      ACCESS_MINUTES: '600',
      REDIS_URL: '',
      WEB_DIR: `${REPO_ROOT}web/build`,
      ...extraEnv,
    },
  };
}
