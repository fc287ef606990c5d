import { loadConfig } from '../server/config.ts';
import { createDb } from './client.ts';
import { DataDirInUseError } from './data-dir-lock.ts';
import { loadDemoIfEmpty } from './demo.ts';
import { migrate } from './migrate.ts';
import { seedPlaybookIfEmpty } from './playbook-seed.ts';

/**
 * `npm run db:seed-demo`: applies the migrations and loads the demo data when the database has no users.
 * Uses DATABASE_URL when set (PostgreSQL), otherwise the embedded database in DATA_DIR (default ./data).
 */
const config = loadConfig();
const target = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
console.log(`opening ${target}`);
const handle = await (config.databaseUrl
  ? createDb({ driver: 'postgres', url: config.databaseUrl, poolSize: 2 })
  : createDb({ driver: 'pglite', dataDir: config.dataDir })
).catch((error: unknown) => {
  // The app (or another CLI) has the embedded database open: one line saying so, not a stack trace.
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`demo data not loaded: ${error.message}`);
  process.exit(1);
});
try {
  console.log('applying migrations');
  await migrate(handle);
  const started = performance.now();
  const loaded = await loadDemoIfEmpty(handle.db, new Date());
  await seedPlaybookIfEmpty(handle.db);
  const ms = Math.round(performance.now() - started);
  console.log(
    loaded
      ? `loaded the demo data in ${ms} ms; sign in as staff@demo.test (or a coach or lead.<state>@demo.test) with the password "demo-password"`
      : 'the database already has users; demo data not loaded',
  );
} catch (error) {
  console.error(`demo data not loaded: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
