import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DbHandle } from './client.ts';

/** An arbitrary, fixed key for the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_204_411;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the committed migrations with the migrator that matches the driver. */
export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.driver === 'postgres' && handle.pool) {
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
  } else if (handle.driver === 'postgres') {
    await migratePg(handle.db as never, { migrationsFolder });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder });
  }
}
