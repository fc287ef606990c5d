/**
 * The messages between the app and the worker thread that holds the embedded database (PGlite). Only values
 * that survive structured cloning cross: SQL, parameters, rows, Blobs, and errors as plain fields.
 */
import type { RowMode } from '@electric-sql/pglite';

export interface EmbeddedOpenOptions {
  dataDir?: string;
  /** A dump (`dumpDataDir`) to start from: tests clone a migrated template this way. */
  loadDataDir?: Blob;
  /** Server settings, as `-c name=value` pairs after PGlite's own. */
  settings: string[];
}

/** A transaction is named by the number the worker gave it when it began. */
type InTx = { tx?: number };

export type EmbeddedRequest =
  | ({ id: number; op: 'query'; sql: string; params: unknown[]; rowMode?: RowMode; textTypes?: number[] } & InTx)
  | ({ id: number; op: 'exec'; sql: string } & InTx)
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'dump'; compression: 'none' | 'gzip' | 'auto' }
  | { id: number; op: 'close' };

/** What PostgreSQL said about a failed statement: SQLSTATE, constraint, detail and the rest, as plain fields. */
export type ErrorFields = Record<string, string | number | boolean | undefined> & { message: string; name: string };

export type EmbeddedReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorFields };

/** The id of the reply that reports the database's opening, before any request. */
export const OPENED = 0;
