/**
 * The worker thread that holds the embedded database. PGlite runs PostgreSQL as WebAssembly on the thread that
 * calls it: here, its ~0.6 s opening overlaps the app's loading on the main thread, and its queries no longer
 * hold up the main thread's requests. PGlite's own locks order the work: a query waits while a transaction
 * holds the database, exactly as when it ran in-process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { type EmbeddedOpenOptions, type EmbeddedReply, type EmbeddedRequest, type ErrorFields, OPENED } from './embedded-protocol.ts';

const port = parentPort;
if (!port) throw new Error('embedded-worker.ts runs as a worker thread');
const options = workerData as EmbeddedOpenOptions;

const reply = (message: EmbeddedReply) => port.postMessage(message);

/** An error as fields that survive cloning (PGlite's carry the query's options, with functions in them). */
function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields: ErrorFields = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as string | number | boolean;
  }
  return fields;
}

// drizzle keeps dates, timestamps and intervals as PostgreSQL's text; it names the types, the worker keeps them.
const keepText = (value: string) => value;
const parserCache = new Map<string, QueryOptions['parsers']>();
function textParsers(types: number[] | undefined): QueryOptions['parsers'] {
  if (!types?.length) return undefined;
  const key = types.join(',');
  let parsers = parserCache.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((oid) => [oid, keepText]));
    parserCache.set(key, parsers);
  }
  return parsers;
}

/** Open transactions, by number: each holds PGlite's transaction until the app says commit or roll back. */
const transactions = new Map<number, { tx: Transaction; end: (commit: boolean) => void }>();
let nextTx = 1;
const ROLLBACK = Symbol('rollback');

function target(tx: number | undefined): Pick<Transaction, 'query' | 'exec'> {
  if (tx === undefined) return db;
  const open = transactions.get(tx);
  if (!open) throw new Error(`transaction ${tx} is not open`);
  return open.tx;
}

async function begin(id: number, number: number) {
  try {
    await db.transaction(
      (tx) =>
        new Promise<void>((resolve, reject) => {
          transactions.set(number, { tx, end: (commit) => (commit ? resolve() : reject(ROLLBACK)) });
          reply({ id, ok: true, value: number });
        }),
    );
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  } finally {
    transactions.delete(number);
  }
}

/** Where the app waits for a transaction's end: its reply goes when PGlite has committed or rolled back. */
const ending = new Map<number, number>();

async function handle(request: EmbeddedRequest): Promise<unknown> {
  switch (request.op) {
    case 'query':
      return target(request.tx).query(request.sql, request.params, { rowMode: request.rowMode, parsers: textParsers(request.textTypes) });
    case 'exec':
      return target(request.tx).exec(request.sql);
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) throw new Error(`transaction ${request.tx} is not open`);
      ending.set(request.tx, request.id);
      open.end(request.commit);
      return undefined;
    }
    case 'dump':
      return db.dumpDataDir(request.compression);
    case 'close':
      await db.close();
      return undefined;
    default:
      throw new Error(`unknown request ${(request as { op: string }).op}`);
  }
}

let db: PGlite;
try {
  db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    startParams: [...PGlite.defaultStartParams, ...options.settings],
  });
  reply({ id: OPENED, ok: true, value: undefined });
} catch (error) {
  reply({ id: OPENED, ok: false, error: errorFields(error) });
  port.close();
  throw error;
}

port.on('message', (request: EmbeddedRequest) => {
  if (request.op === 'begin') {
    // The reply to 'begin' goes once BEGIN has run; the one to 'end' once COMMIT or ROLLBACK has.
    const tx = nextTx++;
    begin(request.id, tx).then(
      () => {
        const endId = ending.get(tx);
        ending.delete(tx);
        if (endId !== undefined) reply({ id: endId, ok: true, value: undefined });
      },
      (error: unknown) => {
        const endId = ending.get(tx);
        ending.delete(tx);
        // A failure before the app had the transaction (BEGIN) answers 'begin'; one at COMMIT answers 'end'.
        reply({ id: endId ?? request.id, ok: false, error: errorFields(error) });
      },
    );
    return;
  }
  if (request.op === 'end') {
    handle(request).catch((error: unknown) => reply({ id: request.id, ok: false, error: errorFields(error) }));
    return;
  }
  handle(request).then(
    (value) => {
      reply({ id: request.id, ok: true, value });
      if (request.op === 'close') port.close();
    },
    (error: unknown) => reply({ id: request.id, ok: false, error: errorFields(error) }),
  );
});
