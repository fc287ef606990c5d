import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db, DbHandle } from '../db/client.ts';
import { createDb } from '../db/client.ts';
import { defaultInstrument } from '../db/instrument.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from './config.ts';

/**
 * Opens the configured database, applies migrations and, where asked, loads the demo data. Says whether it
 * initialised a new embedded database.
 */
export async function startDatabase(config: Config, log: (message: string) => void): Promise<{ handle: DbHandle; initialised: boolean }> {
  const initialised = !config.databaseUrl && !existsSync(path.join(config.dataDir, 'PG_VERSION'));
  let handle: DbHandle;
  if (config.databaseUrl) {
    handle = await createDb({ driver: 'postgres', url: config.databaseUrl });
  } else {
    log(initialised ? `initialising a new embedded database in ${config.dataDir} (first start only, a few seconds)` : `opening the embedded database in ${config.dataDir}`);
    handle = await createDb({ driver: 'pglite', dataDir: config.dataDir });
  }
  log('checking migrations (applied only when the journal has new ones)');
  await migrate(handle);
  const needs = await seedsNeeded(handle.db);
  if (config.demoData) {
    const loaded = needs.demo && (await (await import('../db/demo.ts')).loadDemoIfEmpty(handle.db, new Date()));
    log(loaded ? 'loaded the demo data (empty database)' : 'database has data; demo data not loaded');
  }
  // Reference content, on any database: after the demo data, so that the entries' states exist there.
  if (needs.playbook && (await (await import('../db/playbook-seed.ts')).seedPlaybookIfEmpty(handle.db))) {
    log('loaded the playbook’s starting entries (empty library)');
  }
  return { handle, initialised };
}

/**
 * Whether the demo loader (no users yet) and the playbook's seed (an empty library, or no default instrument,
 * which the seed also ensures) have anything to do, in one statement: a start on a database that has both
 * neither loads their code and data nor runs their locked transactions. Each checks again under its lock.
 */
async function seedsNeeded(db: Db): Promise<{ demo: boolean; playbook: boolean }> {
  const result = await db.execute(sql`
    select not exists (select 1 from users) as "demo",
           not exists (select 1 from playbook_entries)
             or not exists (select 1 from instruments where name = ${defaultInstrument.name} and revision = ${defaultInstrument.revision}) as "playbook"`);
  const [row] = (result as unknown as { rows: { demo: boolean; playbook: boolean }[] }).rows;
  return { demo: Boolean(row?.demo), playbook: Boolean(row?.playbook) };
}
