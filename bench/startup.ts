import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppEntry, appCommand, startServer } from './app-process.ts';

export interface StartupResult {
  /** First start on an empty folder: initialise, migrate, load the demo data. */
  emptyMs: number;
  /** Median of the starts on the folder the first start left. */
  existingMs: number;
  existingRunsMs: number[];
  /** CPU used to get ready, first start and the median of the others. */
  emptyCpuMs: number;
  existingCpuMs: number;
  /** What the app said while starting on the empty folder. */
  firstStartLog: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Start to /readyz on the embedded database, the way a first-time user and a returning one see it. */
export async function measureStartup(entry: AppEntry, runs: number): Promise<StartupResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'tracker-bench-start-'));
  const dataDir = path.join(root, 'data');
  // The embedded default: no DATABASE_URL, demo data on an empty folder, info-level log as a user sees it.
  const command = (level: string) => ({ ...appCommand(entry, { dataDir }, { DEMO_DATA: 'true', LOG_LEVEL: level }), timeoutMs: 600_000 });
  try {
    const first = await startServer(command('info'));
    const firstStartLog = first.output().split('\n').filter((line) => line.trim() !== '');
    await first.stop();
    const existingRunsMs: number[] = [];
    const existingCpu: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const again = await startServer(command('warn'));
      existingRunsMs.push(again.readyMs);
      existingCpu.push(again.readyCpuMs);
      await again.stop();
    }
    return {
      emptyMs: first.readyMs,
      existingMs: median(existingRunsMs),
      existingRunsMs,
      emptyCpuMs: first.readyCpuMs,
      existingCpuMs: median(existingCpu),
      firstStartLog,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
