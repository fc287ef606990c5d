/**
 * The lock that keeps a second process off an embedded data folder, in one process: taken and released,
 * refused while its holder lives, taken over from a dead holder, from a reused pid, and in a copied folder.
 * Two real processes are in test/system/data-dir-lock.test.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir, processStartTime } from '../../db/data-dir-lock.ts';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'tracker-lock-')));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

let folders = 0;
function folder(): string {
  folders += 1;
  const dir = path.join(root, `data-${folders}`);
  mkdirSync(dir);
  return dir;
}

/** A process that lives until the file ends, standing for another app holding a folder. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

const writeLock = (dir: string, record: Record<string, unknown>) => writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(record));
const lockRecord = (dir: string) => JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number; dataDir: string };

describe('lockDataDir', () => {
  it('writes this process’s pid into the folder, and removes it on release (twice is fine)', () => {
    const dir = folder();
    const lock = lockDataDir(dir);
    expect(lockRecord(dir).pid).toBe(process.pid);
    lock.release();
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir).release();
  });

  it('refuses a folder this process already holds', () => {
    const dir = folder();
    const lock = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    } finally {
      lock.release();
    }
  });

  it('refuses a folder a live process holds, naming the process and when it started', () => {
    const dir = folder();
    const holder = otherProcess();
    const pid = holder.pid as number;
    writeLock(dir, { pid, lockedAt: '2026-12-07T22:00:00.000Z', processStart: processStartTime(pid), dataDir: dir });
    expect(() => lockDataDir(dir)).toThrow(`the embedded database in ${dir} is in use by process ${pid} (started 2026-12-07T22:00:00.000Z); stop it first, or set DATA_DIR`);
    expect(lockRecord(dir).pid).toBe(pid);
  });

  it('takes over the lock of a process that is gone (killed with -9)', async () => {
    const dir = folder();
    const holder = otherProcess();
    const pid = holder.pid as number;
    const start = processStartTime(pid);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    writeLock(dir, { pid, lockedAt: new Date().toISOString(), processStart: start, dataDir: dir });
    const lock = lockDataDir(dir);
    expect(lockRecord(dir).pid).toBe(process.pid);
    lock.release();
  });

  it.runIf(processStartTime(process.pid) !== null)('takes over a lock whose pid now belongs to another process (started at another time)', () => {
    const dir = folder();
    const unrelated = otherProcess().pid as number;
    writeLock(dir, { pid: unrelated, lockedAt: new Date().toISOString(), processStart: '1', dataDir: dir });
    const lock = lockDataDir(dir);
    expect(lockRecord(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock copied with its folder from elsewhere, even while the copy’s source is open', () => {
    const source = folder();
    const held = lockDataDir(source);
    const copy = path.join(root, 'copy');
    cpSync(source, copy, { recursive: true });
    try {
      expect(lockRecord(copy).dataDir).not.toBe(copy);
      const lock = lockDataDir(copy);
      expect(lockRecord(copy)).toMatchObject({ pid: process.pid, dataDir: copy });
      lock.release();
    } finally {
      held.release();
    }
  });

  it('leaves an unreadable lock file for a person to look at', () => {
    const dir = folder();
    writeFileSync(path.join(dir, LOCK_FILE), 'not json');
    expect(() => lockDataDir(dir)).toThrow(/cannot be read as a lock/);
  });

  it('writes its record again over one that a restore overwrote, and then releases it', () => {
    const dir = folder();
    const lock = lockDataDir(dir);
    writeLock(dir, { pid: 1, lockedAt: 'then', processStart: null, dataDir: '/elsewhere' });
    lock.reclaim();
    expect(lockRecord(dir)).toMatchObject({ pid: process.pid, dataDir: dir });
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
