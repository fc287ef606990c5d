/** Which database the API suite runs on: the embedded PGlite (default) or the machine's PostgreSQL. */
export const onPostgres = process.env.TEST_DATABASE === 'postgres';
export const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether the PostgreSQL server for the real-database tests answers (they skip without it, but not under CI). */
export async function postgresReachable(): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
