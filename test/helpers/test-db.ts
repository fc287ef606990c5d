import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, createDb } from '../../db/client.ts';
import { adminUrl, databaseUrl, onPostgres } from './database-target.ts';

/** A fresh database for one test file, copied from the migrated template; dropped by `close`. */
export async function freshDatabase(): Promise<DbHandle> {
  if (onPostgres) {
    const template = inject('templateDatabase');
    const name = `tracker_t_${template.split('_')[2]}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    const handle = await createDb({ driver: 'postgres', url: databaseUrl(name), poolSize: 4 });
    const close = handle.close;
    handle.close = async () => {
      await close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
    return handle;
  }
  const bytes = readFileSync(inject('templateFile'));
  return createDb({ driver: 'pglite', loadDataDir: new Blob([bytes]) });
}
