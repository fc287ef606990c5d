/**
 * PGlite's Node file system, with fsync that reaches the disk. PGlite runs PostgreSQL with `-F` (fsync off),
 * and turning fsync on alone changes nothing: Emscripten's NODEFS has no fsync operation (its `fd_sync`
 * calls `stream_ops.fsync` when there is one, and there is none) and its `fdatasync` returns 0 without doing
 * anything. Writes still reach the operating system at once (NODEFS writes with fs.writeSync), so a killed
 * process loses nothing committed; a power cut or a kernel crash may lose what the OS had not written yet.
 *
 * This adds the missing operation, calling fs.fsyncSync on the real file descriptor, and createDb runs
 * PostgreSQL with `fsync=on` and `wal_sync_method=fsync` (the one sync call that reaches an operation), so that a
 * commit returns only once its WAL is on disk, and checkpoints sync the data files they wrote.
 */
import { fsyncSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PostgreSQL's settings that make it call fsync (PGlite's `-F` default turned off again). */
export const DURABLE_SETTINGS = ['-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];

/** Emscripten's (WASI) errno for an I/O error, what PostgreSQL sees when the disk refuses a sync. */
const WASI_EIO = 29;

/** The parts of NODEFS used here (Emscripten's types do not describe its stream operations). */
interface NodefsStreamOps {
  fsync?: (stream: { nfd?: number }) => number;
}

export class DurableNodeFS extends NodeFS {
  /** How many fsync calls reached the disk (the durability test checks that commits make them). */
  fsyncCalls = 0;

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const addFsync = (mod: { NODEFS: unknown }) => {
      (mod.NODEFS as { stream_ops: NodefsStreamOps }).stream_ops.fsync = (stream) => {
        if (stream.nfd === undefined) return 0;
        try {
          fsyncSync(stream.nfd);
          this.fsyncCalls += 1;
          return 0;
        } catch {
          return WASI_EIO;
        }
      };
    };
    result.emscriptenOpts.preRun = [...(result.emscriptenOpts.preRun ?? []), addFsync];
    return result;
  }
}
