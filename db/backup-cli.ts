import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { type BackupTarget, backup, restore } from './backup.ts';

/**
 * `npm run backup [-- file]` and `npm run restore -- file`, for whichever database the configuration names:
 * DATABASE_URL (PostgreSQL, through pg_dump / pg_restore) or the embedded database in DATA_DIR.
 */
const [command, fileArg] = process.argv.slice(2);
const config = loadConfig();
const target: BackupTarget = config.databaseUrl ? { driver: 'postgres', url: config.databaseUrl } : { driver: 'pglite', dataDir: config.dataDir };
const where = target.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = path.resolve(fileArg ?? `backups/tracker-${stamp}.${target.driver === 'postgres' ? 'dump' : 'tar.gz'}`);

try {
  if (command === 'backup') {
    await backup(target, file);
    console.log(`backed up ${where} to ${file}`);
  } else if (command === 'restore' && fileArg) {
    await restore(target, file);
    console.log(`restored ${file} into ${where}`);
  } else {
    console.error('usage: npm run backup [-- <file>]  |  npm run restore -- <file>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
