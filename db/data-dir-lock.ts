/**
 * One process per embedded data folder. PGlite has no lock of its own: two processes on one folder both
 * start, both answer, and each overwrites the other's pages, so acknowledged writes are lost. A lock file in
 * the folder, created atomically, names the holder; the next process finds it and refuses to open the folder.
 *
 * A lock whose process is gone (killed with -9, a power cut) is stale and taken over. A process id can be
 * reused by an unrelated process: on Linux the holder's start time (from /proc/<pid>/stat) is recorded and
 * compared, so a reused pid is recognised; elsewhere a live process with the same pid keeps the lock, and the
 * message says which file to remove. A lock is also stale in a folder other than the one it names (a copy of
 * a data folder, a restored backup), so that copying a folder never copies its lock.
 */
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = '.tracker.lock';

interface LockRecord {
  pid: number;
  /** When the holder took the lock (ISO 8601), for the message. */
  lockedAt: string;
  /** The holder's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  processStart: string | null;
  /** The folder the lock was taken for (its real path). */
  dataDir: string;
}

/** Thrown when another live process holds the folder; its message is the one line a person reads. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
    lockFile: string,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${holder.pid} (started ${holder.lockedAt}); stop it first, or set DATA_DIR to another folder` +
        ` (if no such process is running, remove ${lockFile})`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): void;
  /**
   * Writes this process's record into the lock file again, after something overwrote it: a restored backup
   * carries the lock of the process that took it (PGlite's dump holds every file of the folder).
   */
  reclaim(): void;
}

/** A process's start time from /proc (field 22 of its stat line), or null where there is no /proc. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(file: string): LockRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockRecord>;
    return typeof record.pid === 'number' && typeof record.dataDir === 'string' ? (record as LockRecord) : null;
  } catch {
    return null;
  }
}

/** Whether the record's holder still runs and holds this folder. */
function held(record: LockRecord, dataDir: string): boolean {
  if (record.dataDir !== dataDir) return false;
  // Our own pid: this process (opening the folder twice), or an earlier holder with our pid (a container's
  // pid 1 after a restart), told apart by the start time.
  if (record.pid !== process.pid && !alive(record.pid)) return false;
  const start = processStartTime(record.pid);
  return record.processStart === null || start === null || start === record.processStart;
}

/**
 * Takes the lock on `dataDir` (which must exist), or throws DataDirInUseError. The lock file is written in
 * full under a temporary name and linked into place, so no process ever reads a half-written one; it is
 * removed by `release`, and at the latest when the process exits normally.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const real = realpathSync(dataDir);
  const file = path.join(real, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, lockedAt: new Date().toISOString(), processStart: processStartTime(process.pid), dataDir: real };
  const temporary = `${file}.${process.pid}.tmp`;
  writeDurably(temporary, JSON.stringify(record));
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        linkSync(temporary, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
      }
      const found = readRecord(file);
      // An unreadable lock file is another process's, caught between creating and writing it in an older
      // version, or damaged: either way not ours to remove without a person looking.
      if (found === null) throw new Error(`${file} exists but cannot be read as a lock; if no process uses ${real}, remove it`);
      if (held(found, real)) throw new DataDirInUseError(real, found, file);
      // Stale: move it aside (atomic, so two processes taking over one stale lock cannot both succeed in
      // removing it), then make sure what was moved is the stale lock read above, not a fresh one.
      const aside = `${file}.stale.${process.pid}`;
      try {
        renameSync(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const moved = readRecord(aside);
      if (moved && JSON.stringify(moved) !== JSON.stringify(found)) {
        try {
          linkSync(aside, file);
        } catch {
          // Someone took the lock meanwhile; the loop finds theirs.
        }
      }
      unlinkSync(aside);
    }
  } finally {
    unlinkSync(temporary);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readRecord(file)?.pid === process.pid) unlinkSync(file);
  };
  process.on('exit', release);
  const reclaim = () => {
    writeDurably(temporary, JSON.stringify(record));
    renameSync(temporary, file);
  };
  return { file, release, reclaim };
}

function writeDurably(file: string, text: string) {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
