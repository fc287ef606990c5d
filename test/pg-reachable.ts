import pg from 'pg';
import { adminUrl } from './helpers/database-target.ts';

/** Exits 0 when the PostgreSQL server for the second API run answers, 1 otherwise. */
const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  const { rows } = await client.query('show server_version');
  console.log(`PostgreSQL ${rows[0].server_version} at ${new URL(adminUrl).host}`);
  await client.end();
  process.exit(0);
} catch (error) {
  console.log(`PostgreSQL not reachable at ${new URL(adminUrl).host}: ${(error as Error).message}`);
  process.exit(1);
}
