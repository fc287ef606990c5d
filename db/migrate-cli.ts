import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
// Like db:seed-demo and backup, the settings come from the one reader of the environment (server/config.ts);
// moving the three CLIs off it at once is issue 18's to do.
import { loadConfig } from '../server/config.ts';
import { oneLine } from './cli-error.ts';
import { type DbHandle, createDb } from './client.ts';
import { migrate, migrationsFolder } from './migrate.ts';

/**
 * `npm run db:migrate`: applies the committed migrations to DATABASE_URL (PostgreSQL) or, when unset, to the
 * embedded database in DATA_DIR (default ./data), and says which ones it applied. The server applies them at
 * start-up too; this is for a deployment that migrates before it starts the new version. Exit 1 on failure.
 */
const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: { tag: string }[] };

/** How many of the journal's migrations the database has recorded (drizzle keeps one row per migration). */
async function recorded(handle: DbHandle): Promise<number> {
  const rows = async <T>(query: ReturnType<typeof sql>) => ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
  const [table] = await rows<{ exists: boolean }>(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`);
  if (!table?.exists) return 0;
  const [count] = await rows<{ n: string | number }>(sql`select count(*) as "n" from drizzle.__drizzle_migrations`);
  return Number(count?.n ?? 0);
}

let handle: DbHandle | undefined;
try {
  const config = loadConfig();
  const target = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  console.log(`opening ${target}`);
  handle = config.databaseUrl
    ? await createDb({ driver: 'postgres', url: config.databaseUrl, poolSize: 2 })
    : await createDb({ driver: 'pglite', dataDir: config.dataDir });
  const before = await recorded(handle);
  await migrate(handle);
  const after = await recorded(handle);
  const applied = journal.entries.slice(before, after).map((entry) => entry.tag);
  console.log(
    applied.length > 0
      ? `applied ${applied.length} migration(s): ${applied.join(', ')}; the database is at ${journal.entries.at(-1)?.tag}`
      : `nothing to apply: all ${after} migrations are already applied (latest ${journal.entries.at(-1)?.tag})`,
  );
} catch (error) {
  console.error(`migrations not applied: ${oneLine(error)}`);
  process.exitCode = 1;
} finally {
  await handle?.close().catch(() => {});
}
