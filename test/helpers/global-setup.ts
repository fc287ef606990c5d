import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { adminUrl, databaseUrl, onPostgres } from './database-target.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run; every test file then starts from a copy of it, which is far
 * quicker than initialising and migrating a database per file.
 */
export default async function setup(project: TestProject) {
  if (onPostgres) {
    const name = `tracker_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const handle = await createDb({ driver: 'postgres', url: databaseUrl(name), poolSize: 1 });
    await migrate(handle);
    await handle.close();
    project.provide('templateDatabase', name);
    project.provide('templateFile', '');
    return async () => {
      // Drop the template and any per-file copy a crashed worker left behind.
      const left = await admin.query(`select datname from pg_database where datname like $1`, [`tracker_t_${process.pid}_%`]);
      for (const row of left.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const handle = await createDb({ driver: 'pglite' });
  await migrate(handle);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-test-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateFile', file);
  project.provide('templateDatabase', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
