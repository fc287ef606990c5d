/**
 * Several app processes starting at once against one new PostgreSQL database: each applies the migrations
 * at start-up, and the advisory lock makes one do it while the others wait and then find nothing to do.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { adminUrl, databaseUrl, postgresReachable } from '../helpers/database-target.ts';

const name = `tracker_migrate_lock_${process.pid}`;
const serverUp = await postgresReachable();
if (!serverUp && process.env.CI === 'true') throw new Error(`CI needs PostgreSQL at ${adminUrl}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUp)('migrations at start-up on PostgreSQL', () => {
  afterAll(() => admin(`drop database if exists ${name} with (force)`));

  it('lets three starters migrate one new database at once, applying each migration once', async () => {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`create database ${name}`);
    const handles = await Promise.all([1, 2, 3].map(() => createDb({ driver: 'postgres', url: databaseUrl(name), poolSize: 2 })));
    try {
      await Promise.all(handles.map((handle) => migrate(handle)));
      const applied = await handles[0].pool!.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      const files = await handles[0].pool!.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
      expect(applied.rows[0].n).toBeGreaterThanOrEqual(2);
      expect(files.rows[0].n).toBeGreaterThan(20);
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });
});
