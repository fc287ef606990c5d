/** Which database the API suite runs on: the embedded PGlite (default) or the machine's PostgreSQL. */
export const onPostgres = process.env.TEST_DATABASE === 'postgres';
export const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
