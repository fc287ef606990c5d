import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { type EmbeddedClient, openEmbedded } from './embedded-client.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Either driver's database; both speak the same drizzle API and the same SQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbConfig = (
  | { driver: 'postgres'; url: string; poolSize?: number }
  | { driver: 'pglite'; dataDir?: string; loadDataDir?: Blob | File; /** Already opening (the app starts it first). */ client?: EmbeddedClient }
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
  /** The embedded database's client (for dumps and raw SQL); undefined on PostgreSQL. */
  embedded?: EmbeddedClient;
  /** The pg pool on PostgreSQL (for session-level locks); undefined when embedded. */
  pool?: pg.Pool;
}

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
  // The worker opens the database while drizzle loads here. A client the caller started is theirs to wait for
  // (the app builds itself meanwhile; queries wait for the opening).
  const client = config.client ?? openEmbedded({ dataDir: config.dataDir, loadDataDir: config.loadDataDir });
  const [{ drizzle: drizzlePglite }] = await Promise.all([import('drizzle-orm/pglite'), config.client ? undefined : client.opened]);
  // drizzle's PGlite session asks only for what the embedded client serves (query, transaction).
  const db = drizzlePglite(client as never, { schema, casing: 'snake_case', logger: config.logger }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    embedded: client,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}
