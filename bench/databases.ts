import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../db/client.ts';
import { ensureDefaultInstrument } from '../db/instrument.ts';
import { migrate } from '../db/migrate.ts';
import { hashPassword } from '../server/lib/passwords.ts';
import { BENCH_PASSWORD, type DatasetShape, datasetScript } from './dataset.ts';

export type Driver = 'postgres' | 'pglite';

/** Where the app and the floor find the generated data: a database URL or a PGlite folder. */
export interface BenchDatabase {
  driver: Driver;
  url?: string;
  dataDir?: string;
  /** Drops the database or removes the folder. */
  drop(): Promise<void>;
}

/** A throwaway database on the local PostgreSQL server, named for this run. */
async function createPostgres(adminUrl: string): Promise<BenchDatabase> {
  const name = `tracker_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    driver: 'postgres',
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function createPgliteFolder(): BenchDatabase {
  const root = mkdtempSync(path.join(tmpdir(), 'tracker-bench-'));
  return { driver: 'pglite', dataDir: path.join(root, 'data'), drop: async () => rmSync(root, { recursive: true, force: true }) };
}

/** Creates a fresh database, migrates it and fills it with the national dataset; returns it and the seconds taken. */
export async function generate(driver: Driver, shape: DatasetShape, adminUrl: string): Promise<{ database: BenchDatabase; seconds: number }> {
  const database = driver === 'postgres' ? await createPostgres(adminUrl) : createPgliteFolder();
  const handle =
    driver === 'postgres'
      ? await createDb({ driver: 'postgres', url: database.url as string, poolSize: 1 })
      : await createDb({ driver: 'pglite', dataDir: database.dataDir });
  let seconds = 0;
  try {
    await migrate(handle);
    const started = performance.now();
    const instrumentId = await ensureDefaultInstrument(handle.db);
    const script = datasetScript(shape, await hashPassword(BENCH_PASSWORD), instrumentId);
    if (handle.pool) {
      const client = await handle.pool.connect();
      try {
        await client.query(script);
      } finally {
        client.release();
      }
    } else {
      await handle.pglite?.exec(script);
    }
    seconds = (performance.now() - started) / 1000;
    // A database at rest, as a deployment's is: without this, autovacuum's first pass over the freshly loaded
    // tables and the checkpoint of their WAL ran during the first measurements (VACUUM cannot run in the
    // script's implicit transaction, hence its own statements).
    for (const statement of ['vacuum analyze', 'checkpoint']) {
      if (handle.pool) await handle.pool.query(statement);
      else await handle.pglite?.exec(statement);
    }
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
  await handle.close();
  return { database, seconds };
}

/** Row counts of the big tables, so the report says what was measured. */
export async function countRows(database: BenchDatabase): Promise<Record<string, number>> {
  const tables = ['states', 'program_years', 'pairings', 'calls', 'site_visits', 'assessments', 'assessment_responses', 'milestones', 'milestone_updates'];
  const handle =
    database.driver === 'postgres'
      ? await createDb({ driver: 'postgres', url: database.url as string, poolSize: 1 })
      : await createDb({ driver: 'pglite', dataDir: database.dataDir });
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = handle.pool
        ? (await handle.pool.query(`select count(*)::int as n from ${table}`)).rows
        : (await handle.pglite!.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows;
      counts[table] = Number(rows[0].n);
    }
    return counts;
  } finally {
    await handle.close();
  }
}
