import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDb } from './client.ts';

const run = promisify(execFile);

/** Where the data lives: the embedded database's folder, or a PostgreSQL URL. */
export type BackupTarget = { driver: 'pglite'; dataDir: string } | { driver: 'postgres'; url: string };

/**
 * A whole-database copy in a file. PGlite: its data folder as a gzip tarball (PGlite's own dump), taken with
 * the app stopped, since only one process may open the folder. PostgreSQL: pg_dump's custom format, which
 * pg_restore reads back; safe while the app runs.
 */
export async function backup(target: BackupTarget, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.driver === 'postgres') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) throw new Error(`no embedded database in ${target.dataDir}`);
  // Through createDb, so that the folder's lock refuses a backup while the app has it open.
  const handle = await createDb({ driver: 'pglite', dataDir: target.dataDir });
  try {
    const dump = await (handle.pglite as NonNullable<typeof handle.pglite>).dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
}

/**
 * Puts a backup back. PGlite: into a data folder that must not hold a database yet (move the old one aside
 * first), so that a restore never overwrites data by accident. PostgreSQL: into the database at the URL,
 * replacing the tracker's tables (`--clean`).
 */
export async function restore(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (target.driver === 'postgres') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${target.url}`, file]);
    return;
  }
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new Error(`${target.dataDir} is not empty: move the current database aside before restoring into it`);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const handle = await createDb({ driver: 'pglite', dataDir: target.dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await handle.close();
}
