import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../db/client.ts';
import { loadDemo } from '../../db/demo.ts';
import { seedPlaybookIfEmpty } from '../../db/playbook-seed.ts';
import { migrate } from '../../db/migrate.ts';
import { CHROMIUM_PATH, WEB_BUILD } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
    browserMissing: boolean;
  }
}

/**
 * Once per browser run: find the browser (a missing one fails under CI and skips elsewhere), make sure the
 * dashboard is built, and fill one embedded database with the demo data that every test file's server
 * starts from a copy of (initialising PGlite per file would cost seconds each).
 */
export default async function setup(project: TestProject) {
  const browserMissing = !existsSync(CHROMIUM_PATH);
  if (browserMissing && process.env.CI === 'true') {
    throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); under CI they may not skip.`);
  }
  project.provide('browserMissing', browserMissing);
  if (!existsSync(path.join(WEB_BUILD, 'index.html'))) {
    execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  }
  const root = mkdtempSync(path.join(tmpdir(), 'tracker-e2e-'));
  const dataDir = path.join(root, 'demo');
  const handle = await createDb({ driver: 'pglite', dataDir });
  await migrate(handle);
  await loadDemo(handle.db, new Date());
  await seedPlaybookIfEmpty(handle.db);
  await handle.close();
  project.provide('demoDataDir', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}
