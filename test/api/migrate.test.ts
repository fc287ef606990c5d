import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle, createDb } from '../../db/client.ts';
import { migrate, upToDate } from '../../db/migrate.ts';

// Start-up skips drizzle's migrator when the database already holds every migration of the journal.
describe('migration check at start-up', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createDb({ driver: 'pglite' });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('says a new database is not up to date, and migrate() then applies every migration', async () => {
    expect(await upToDate(handle)).toBe(false);
    await migrate(handle);
    expect(await upToDate(handle)).toBe(true);
    const tables = await handle.db.execute(sql`select to_regclass('public.calls') is not null as "exists"`);
    expect((tables as unknown as { rows: { exists: boolean }[] }).rows[0]?.exists).toBe(true);
  });

  it('is not up to date again when the last recorded migration is missing', async () => {
    await handle.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    expect(await upToDate(handle)).toBe(false);
  });
});
