import { loadConfig } from './config.ts';
import { runAfterStart } from './lib/after-start.ts';
import { startDatabase } from './start-database.ts';
import { baselineWasmOnly } from './wasm-flags.ts';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  // performance.now() counts from the process's start, so the first figure is the time spent loading the modules
  // that open the database.
  const log = (msg: string) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`);
  // PGlite's WebAssembly on baseline code until the server is ready (wasm-flags.ts). npm start's loader has set
  // this already, before compiling the server; setting it again changes nothing.
  const embedded = !config.databaseUrl;
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

  await app.listen({ port: config.port, host: config.host });
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
  console.error(error);
  process.exit(1);
});
