/**
 * `npm run backup` / `npm run restore` round trips, on the embedded database and on PostgreSQL: a database
 * with the demo data is backed up, restored somewhere new, and every table compared row for row.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../../db/backup.ts';
import { createDb } from '../../db/client.ts';
import { LOCK_FILE } from '../../db/data-dir-lock.ts';
import { loadDemo } from '../../db/demo.ts';
import { migrate } from '../../db/migrate.ts';
import { adminUrl, databaseUrl, postgresReachable } from '../helpers/database-target.ts';

const root = mkdtempSync(path.join(tmpdir(), 'tracker-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Every table of the schema, each as its rows in a canonical order. */
async function snapshot(query: Query): Promise<Record<string, unknown>> {
  const tables = (await query(`select tablename from pg_tables where schemaname = 'public' order by tablename`)).rows.map((r) => String(r.tablename));
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    const rows = await query(`select coalesce(json_agg(t order by t::text), '[]'::json) as rows from "${table}" t`);
    result[table] = rows.rows[0]?.rows;
  }
  return result;
}

describe('backup and restore of the embedded database', () => {
  it('restores into a new folder exactly what was backed up', async () => {
    const source = path.join(root, 'source');
    const handle = await createDb({ driver: 'pglite', dataDir: source });
    await migrate(handle);
    await loadDemo(handle.db, new Date());
    const before = await snapshot((text) => handle.pglite!.query(text));
    await handle.close();

    const file = path.join(root, 'tracker.tar.gz');
    await backup({ driver: 'pglite', dataDir: source }, file);
    const target = path.join(root, 'restored');
    await restore({ driver: 'pglite', dataDir: target }, file);
    // Each step let go of its folder: no lock is left behind, nor carried into the restored copy.
    expect(existsSync(path.join(source, LOCK_FILE))).toBe(false);
    expect(existsSync(path.join(target, LOCK_FILE))).toBe(false);

    const restored = await PGlite.create({ dataDir: target });
    const after = await snapshot((text) => restored.query(text));
    await restored.close();
    expect(Object.keys(after).length).toBeGreaterThan(20);
    expect((after.calls as unknown[]).length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it('refuses to restore over a folder that already holds data', async () => {
    await expect(restore({ driver: 'pglite', dataDir: path.join(root, 'restored') }, path.join(root, 'tracker.tar.gz'))).rejects.toThrow(/not empty/);
  });
});

const serverUp = await postgresReachable();
if (!serverUp && process.env.CI === 'true') throw new Error(`CI needs PostgreSQL at ${adminUrl} for the backup round trip`);

describe.skipIf(!serverUp)('backup and restore of PostgreSQL (pg_dump / pg_restore)', () => {
  const names = [`tracker_backup_src_${process.pid}`, `tracker_backup_dst_${process.pid}`];
  const admin = () => new pg.Client({ connectionString: adminUrl });

  afterAll(async () => {
    const client = admin();
    await client.connect();
    for (const name of names) await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  it('restores into another database exactly what was backed up', async () => {
    const client = admin();
    await client.connect();
    for (const name of names) {
      await client.query(`drop database if exists ${name} with (force)`);
      await client.query(`create database ${name}`);
    }
    await client.end();

    const source = await createDb({ driver: 'postgres', url: databaseUrl(names[0]), poolSize: 2 });
    await migrate(source);
    await loadDemo(source.db, new Date());
    const sourcePool = new pg.Client({ connectionString: databaseUrl(names[0]) });
    await sourcePool.connect();
    const before = await snapshot((text) => sourcePool.query(text));
    await sourcePool.end();
    await source.close();

    const file = path.join(root, 'tracker.dump');
    await backup({ driver: 'postgres', url: databaseUrl(names[0]) }, file);
    await restore({ driver: 'postgres', url: databaseUrl(names[1]) }, file);

    const restored = new pg.Client({ connectionString: databaseUrl(names[1]) });
    await restored.connect();
    const after = await snapshot((text) => restored.query(text));
    await restored.end();
    expect((after.calls as unknown[]).length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });
});
