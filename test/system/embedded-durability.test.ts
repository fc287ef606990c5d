/**
 * What the README promises of the embedded database on disk: PostgreSQL runs with fsync on, and a commit
 * reaches the disk through a real fsync (PGlite's own file system layer would make every sync a no-op).
 * An in-memory database (the API tests') has nothing to sync and keeps PGlite's default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbHandle, createDb } from '../../db/client.ts';
import { DurableNodeFS } from '../../db/pglite-durable-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'tracker-durability-'));
const handles: DbHandle[] = [];
afterAll(async () => {
  for (const handle of handles) await handle.close();
  rmSync(root, { recursive: true, force: true });
});

async function setting(handle: DbHandle, name: string): Promise<string> {
  const result = await handle.pglite!.query<Record<string, string>>(`show ${name}`);
  return String(result.rows[0]?.[name]);
}

describe('the embedded database in a data folder', () => {
  it('runs with fsync on, syncing the WAL with fsync', async () => {
    const handle = await createDb({ driver: 'pglite', dataDir: path.join(root, 'data') });
    handles.push(handle);
    expect(await setting(handle, 'fsync')).toBe('on');
    expect(await setting(handle, 'wal_sync_method')).toBe('fsync');
    expect(await setting(handle, 'synchronous_commit')).toBe('on');
  });

  it('makes a commit call fsync on the disk, and a read call none', async () => {
    const handle = handles[0] as DbHandle;
    const fs = handle.pglite!.fs;
    expect(fs).toBeInstanceOf(DurableNodeFS);
    const synced = () => (fs as DurableNodeFS).fsyncCalls;
    await handle.pglite!.query('create table durability_probe (n int)');
    const before = synced();
    await handle.pglite!.query('insert into durability_probe values (1)');
    const afterCommit = synced();
    expect(afterCommit).toBeGreaterThan(before);
    await handle.pglite!.query('select * from durability_probe');
    expect(synced()).toBe(afterCommit);
  });
});

describe('an in-memory embedded database', () => {
  it('keeps PGlite’s fsync off: there is no disk to sync', async () => {
    const handle = await createDb({ driver: 'pglite' });
    handles.push(handle);
    expect(await setting(handle, 'fsync')).toBe('off');
  });
});
