import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DbHandle } from '../db/client.ts';
import { createDb } from '../db/client.ts';
import { loadDemoIfEmpty } from '../db/demo.ts';
import { migrate } from '../db/migrate.ts';
import { seedPlaybookIfEmpty } from '../db/playbook-seed.ts';
import type { Config } from './config.ts';

/** Opens the configured database, applies migrations and, where asked, loads the demo data. */
export async function startDatabase(config: Config, log: (message: string) => void): Promise<DbHandle> {
  const handle = config.databaseUrl
    ? await createDb({ driver: 'postgres', url: config.databaseUrl })
    : await (async () => {
        const fresh = !existsSync(path.join(config.dataDir, 'PG_VERSION'));
        log(fresh ? `initialising a new embedded database in ${config.dataDir} (first start only, a few seconds)` : `opening the embedded database in ${config.dataDir}`);
        return createDb({ driver: 'pglite', dataDir: config.dataDir });
      })();
  log('checking migrations (applied only when the journal has new ones)');
  await migrate(handle);
  if (config.demoData) {
    const loaded = await loadDemoIfEmpty(handle.db, new Date());
    log(loaded ? 'loaded the demo data (empty database)' : 'database has data; demo data not loaded');
  }
  // Reference content, on any database: after the demo data, so that the entries' states exist there.
  if (await seedPlaybookIfEmpty(handle.db)) log('loaded the playbook’s starting entries (empty library)');
  return handle;
}
