import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DbHandle } from './client.ts';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the committed migrations with the migrator that matches the driver. */
export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.driver === 'postgres') {
    // drizzle's pg migrator takes a lock-free path; serialise concurrent starters with an advisory lock.
    await migratePg(handle.db as never, { migrationsFolder });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder });
  }
}
