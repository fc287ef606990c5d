import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './client.ts';

/** An arbitrary, fixed key for the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_204_411;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Whether the database already holds every migration of the journal. drizzle's migrator applies the journal's
 * entries newer than the last one recorded; when none is, it would still read and hash every migration file and
 * run its set-up statements on each start. One look at the journal and one query answer the same question.
 */
export async function upToDate(handle: DbHandle): Promise<boolean> {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const first = async <T>(query: ReturnType<typeof sql>) => ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows[0];
  const table = await first<{ exists: boolean }>(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`);
  if (!table?.exists) return false;
  const recorded = await first<{ last: string | number | bigint | null }>(sql`select max(created_at) as "last" from drizzle.__drizzle_migrations`);
  return recorded?.last !== null && recorded?.last !== undefined && Number(recorded.last) >= newest;
}

/**
 * Applies the committed migrations with the migrator that matches the driver (nothing to do: one query).
 * The migrators are loaded only when there is something to apply.
 */
export async function migrate(handle: DbHandle): Promise<void> {
  if (await upToDate(handle)) return;
  if (handle.driver === 'postgres') {
    const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
    if (!handle.pool) return migratePg(handle.db as never, { migrationsFolder });
    const { default: pg } = await import('pg');
    // Several app processes may start at once against one database; drizzle's migrator takes no lock, so
    // one session-level advisory lock lets one migrate while the others wait, then find nothing to do.
    // The lock is held on a connection of its own, outside the pool, which may be a pool of one.
    const lock = new pg.Client(handle.pool.options);
    await lock.connect();
    try {
      await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(handle.db as never, { migrationsFolder });
    } finally {
      await lock.end();
    }
  } else {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(handle.db as never, { migrationsFolder });
  }
}
