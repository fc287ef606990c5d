/**
 * The app's side of the embedded database: the part of PGlite's interface that drizzle and our tools use
 * (query, exec, transaction, dumpDataDir, close), served by a worker thread (`embedded-worker.ts`).
 */
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import { type EmbeddedOpenOptions, type EmbeddedReply, type EmbeddedRequest, type ErrorFields, OPENED } from './embedded-protocol.ts';

export interface EmbeddedQueryable {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
}

export interface EmbeddedClient extends EmbeddedQueryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: EmbeddedQueryable) => Promise<T>): Promise<T>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
  /** Settles when the database has opened, or could not. */
  opened: Promise<void>;
}

/** How requests fail once the worker has gone; `describeDbError` reads it as a lost connection (503). */
const STOPPED = 'the embedded database stopped';

function toError(fields: ErrorFields): Error {
  const { message, name, ...rest } = fields;
  const error = new Error(message);
  error.name = name;
  return Object.assign(error, rest);
}

/** The worker's code: from source (tests, `npm run dev`) through tsx; the build has a .js beside this chunk. */
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './embedded-worker-from-source.mjs' : './embedded-worker.js', import.meta.url);

/**
 * The oids whose text drizzle keeps (its parsers for dates, timestamps and intervals hand back the text they
 * get). Functions cannot cross to the worker, so a parser that would do anything else is refused.
 */
const textTypesOf = new WeakMap<object, number[]>();
function textTypes(options: QueryOptions | undefined): number[] | undefined {
  const { parsers, serializers, blob, onNotice, paramTypes } = options ?? {};
  if (serializers || blob || onNotice || paramTypes) throw new Error('the embedded client takes only rowMode and text-keeping parsers');
  if (!parsers) return undefined;
  let types = textTypesOf.get(parsers);
  if (!types) {
    const probe = '2026-01-01 00:00:00';
    for (const parse of Object.values(parsers)) {
      if (parse(probe, 0) !== probe) throw new Error('the embedded client keeps types as text only; other parsers cannot cross to its worker');
    }
    types = Object.keys(parsers).map(Number);
    textTypesOf.set(parsers, types);
  }
  return types;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Request = EmbeddedRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * PostgreSQL zeroes its whole buffer pool when it starts, and PGlite starts it on every open: at
 * initdb's 128 MB that memset alone was ~170 ms of each start's main thread (the largest single item in a
 * profile of a start) and 128 MB of resident memory. One embedded database serves one process; 32 MB holds
 * the demo data many times over, and pages beyond it are read from the operating system's cache.
 */
const SETTINGS = ['-c', 'shared_buffers=32MB'];

/** Starts the worker and opens the database in it; requests made meanwhile wait for the opening. */
export function openEmbedded(options: { dataDir?: string; loadDataDir?: Blob }): EmbeddedClient {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const workerData: EmbeddedOpenOptions = { ...options, settings: SETTINGS };
  const worker = new Worker(workerFile, { workerData });
  const pending = new Map<number, Pending>();
  let nextId = OPENED + 1;
  let stopped: Error | undefined;

  // The worker keeps the process alive only while it has work: an app that forgets to close still exits.
  const holdWhileBusy = () => (pending.size > 0 ? worker.ref() : worker.unref());

  let markOpened!: Pending;
  const opened = new Promise<void>((resolve, reject) => (markOpened = { resolve: () => resolve(), reject }));
  pending.set(OPENED, markOpened);
  // Nobody may wait on `opened` itself; its failure also reaches every request.
  opened.catch(() => {});

  worker.on('message', (reply: EmbeddedReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    holdWhileBusy();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(toError(reply.error));
  });
  const stop = (why: Error) => {
    stopped ??= Object.assign(new Error(`${STOPPED}: ${why.message}`), { cause: why });
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
    holdWhileBusy();
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`its worker exited (${code})`)));
  holdWhileBusy();

  function send<T>(request: Request): Promise<T> {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      holdWhileBusy();
      worker.postMessage({ ...request, id });
    });
  }

  const queryable = (tx?: number): EmbeddedQueryable => ({
    query: <T>(sql: string, params: unknown[] = [], options?: QueryOptions) =>
      send<Results<T>>({ op: 'query', sql, params, rowMode: options?.rowMode, textTypes: textTypes(options), tx }),
    exec: (sql: string) => send<Results[]>({ op: 'exec', sql, tx }),
  });

  let closing: Promise<void> | undefined;
  return {
    ...queryable(),
    opened,
    async transaction<T>(fn: (tx: EmbeddedQueryable) => Promise<T>): Promise<T> {
      const tx = await send<number>({ op: 'begin' });
      let result: T;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        // Should the worker be gone, there is nothing left to roll back: the caller's error says more.
        await send({ op: 'end', tx, commit: false }).catch(() => {});
        throw error;
      }
      await send({ op: 'end', tx, commit: true });
      return result;
    },
    dumpDataDir: (compression = 'auto') => send<Blob>({ op: 'dump', compression }),
    close: () =>
      (closing ??= (async () => {
        if (!stopped) await send({ op: 'close' }).catch(() => {});
        await worker.terminate();
      })()),
  };
}
