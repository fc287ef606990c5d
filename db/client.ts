import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Either driver's database; both speak the same drizzle API and the same SQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbConfig = (
  | { driver: 'postgres'; url: string; poolSize?: number }
  | {
      driver: 'pglite';
      dataDir?: string;
      loadDataDir?: Blob | File;
      /** Sync commits to disk in a dataDir (the default); false only for the bench's comparison. */
      durable?: boolean;
    }
) & {
  /** Sees every statement and its parameters (the benchmark records what the floor replays). */
  logger?: Logger;
};

export interface DbHandle {
  db: Db;
  driver: DbConfig['driver'];
  /** A cheap round trip, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance when embedded (for dumps); undefined on PostgreSQL. */
  pglite?: PGlite;
  /** The pg pool on PostgreSQL (for session-level locks); undefined when embedded. */
  pool?: pg.Pool;
}

/**
 * PostgreSQL zeroes its whole buffer pool when it starts, and PGlite starts it on every open: at initdb's
 * 128 MB that memset alone was ~170 ms of each start (the largest single item in a profile of one) and 128 MB of
 * resident memory. One embedded database serves one process; 32 MB holds the demo data many times over, and
 * pages beyond it are read from the operating system's cache.
 */
const PGLITE_SETTINGS = ['-c', 'shared_buffers=32MB'];

/** Loads only the driver in use: a start on PGlite need not load pg, nor one on PostgreSQL PGlite. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.driver === 'postgres') {
    const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    // Fail fast when the server is away (a request answers 503 in seconds, not never), and let go of idle
    // connections so that the pool refills with fresh ones once the server is back.
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 });
    // A client losing its server (idle in the pool, or checked out for a transaction) emits 'error'; unheard,
    // that would crash the process. The query in flight still fails, and the handler answers 503.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzlePg(pool, { schema, casing: 'snake_case', logger: config.logger }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      pool,
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  const [{ PGlite }, { drizzle: drizzlePglite }, { DURABLE_SETTINGS, DurableNodeFS }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('./pglite-durable-fs.ts'),
  ]);
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  // A folder on disk is one process's (data-dir-lock.ts); an in-memory database is nobody else's.
  const lock = config.dataDir ? lockDataDir(config.dataDir) : undefined;
  let client: PGlite;
  try {
    // On disk, commits are synced to it (pglite-durable-fs.ts); in memory there is nothing to sync.
    client = await PGlite.create({
      ...(config.dataDir ? { fs: new DurableNodeFS(config.dataDir) } : {}),
      loadDataDir: config.loadDataDir,
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS, ...(config.dataDir && config.durable !== false ? DURABLE_SETTINGS : [])],
    });
    // Loading a dump wrote its files into the folder, the dumping process's lock file among them.
    if (config.loadDataDir) lock?.reclaim();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema, casing: 'snake_case', logger: config.logger }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    pglite: client,
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}
