import { createServer } from 'node:net';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { loadConfig } from './config.ts';
import { runAfterStart } from './lib/after-start.ts';
import { startDatabase } from './start-database.ts';
import { baselineWasmOnly } from './wasm-flags.ts';

/** A start that cannot go on for a reason a person fixes: its message is printed alone, as one line. */
class StartRefused extends Error {}

const portInUse = (host: string, port: number) =>
  new StartRefused(`port ${port} on ${host} is already in use (another copy of the app, or another program); stop it, or set PORT to a free port`);

/**
 * Whether the port can be listened on, tried before the database is opened: a second `npm start` says so at
 * once instead of opening (and locking) the database first. The real listen can still lose a race; it says
 * the same.
 */
function checkPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(host, port) : error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function main() {
  const started = performance.now();
  const config = loadConfig();
  // performance.now() counts from the process's start, so the first figure is the time spent loading the modules
  // that open the database.
  const log = (msg: string) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`);
  // PGlite's WebAssembly on baseline code until the server is ready (wasm-flags.ts). npm start's loader has set
  // this already, before compiling the server; setting it again changes nothing.
  const embedded = !config.databaseUrl;
  // Port 0 asks for any free port: nothing to check.
  if (config.port !== 0) await checkPortFree(config.host, config.port);
  if (embedded) baselineWasmOnly(true);
  // The database opens first, and the app's modules load meanwhile (while PGlite reads and compiles its
  // WebAssembly, the main thread would otherwise wait); Redis's client is loaded only when configured.
  const [{ handle, initialised }, { buildApp }, redis] = await Promise.all([
    startDatabase(config, log),
    import('./app.ts'),
    config.redisUrl ? import('./redis.ts').then(({ connectRedis }) => connectRedis(config.redisUrl as string)) : undefined,
  ]);
  const app = await buildApp({ config, db: handle, serveWeb: true, redis });

  let closing = false;
  async function shutdown(signal: string) {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    try {
      await app.close();
    } finally {
      redis?.disconnect();
      await handle.close();
      process.exit(0);
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    redis?.disconnect();
    await handle.close();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? portInUse(config.host, config.port) : error;
  }
  app.log.info(`ready in ${Math.round(performance.now() - started)} ms: http://${config.host}:${config.port}/ (API docs at /api/docs)`);
  // After the answers already waiting: the loader's code cache is made under the flags the start ran with, the
  // ones its next start compiles under (scripts/server-loader.ts); then V8 may optimise PGlite's hot code again.
  // A start that initialised the database ran code that no later start runs (every migration, the demo data)
  // and missed some that they do: its cache made later starts ~80 ms slower than one from a later start.
  setImmediate(() => {
    if (!initialised) runAfterStart();
    if (embedded) baselineWasmOnly(false);
  });
}

// Not top-level await: the bundle is CommonJS, for V8's code cache (scripts/server-loader.ts).
main().catch((error: unknown) => {
  console.error(error instanceof StartRefused || error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});
