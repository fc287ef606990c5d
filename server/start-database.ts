import { sql } from 'drizzle-orm';
import type { Db, DbHandle } from '../db/client.ts';
import { createDb } from '../db/client.ts';
import type { EmbeddedClient } from '../db/embedded-client.ts';
import { defaultInstrument } from '../db/instrument.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from './config.ts';

/**
 * The configured database's handle: PostgreSQL's pool, or drizzle over the embedded database that the caller
 * has begun to open (its queries wait for the opening, so the app can be built meanwhile).
 */
export function openDatabase(config: Config, embedded?: EmbeddedClient): Promise<DbHandle> {
  return config.databaseUrl
    ? createDb({ driver: 'postgres', url: config.databaseUrl })
    : createDb({ driver: 'pglite', dataDir: config.dataDir, client: embedded });
}

/** Applies migrations and, where asked, loads the demo data and the playbook's starting entries. */
export async function prepareDatabase(handle: DbHandle, config: Config, log: (message: string) => void): Promise<void> {
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
