import { setFlagsFromString } from 'node:v8';
import { loadConfig } from './config.ts';
import { startDatabase } from './start-database.ts';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  // performance.now() counts from the process's start, so the first figure is the time spent loading the modules
  // that open the database.
  const log = (msg: string) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`);
  // PGlite is PostgreSQL compiled to 9 MB of WebAssembly. V8 runs it first through its baseline compiler and
  // recompiles what runs hot with its optimising one, on background threads: during a start, PostgreSQL's own
  // start-up loops are what runs hot, and on two cores that recompiling doubled the CPU of opening the database.
  // So the start runs on baseline code only, and optimising is switched back on once the database is open.
  // Measured (docs/performance.md, change 19): opening ~1.1 → ~0.55 s of CPU; a CPU-bound query afterwards
  // 112–114 ms with V8's defaults, 130–132 ms this way, 164–187 ms had the baseline code been kept; the app's
  // short indexed queries the same in all three. V8's flags are the process's, so this is done only here.
  const embedded = !config.databaseUrl;
  if (embedded) {
    setFlagsFromString('--liftoff-only');
    setFlagsFromString('--no-wasm-tier-up');
  }
  // The database opens first, and the app's modules load meanwhile (while PGlite reads and compiles its
  // WebAssembly, the main thread would otherwise wait); Redis's client is loaded only when configured.
  const [handle, { buildApp }, redis] = await Promise.all([
    startDatabase(config, log),
    import('./app.ts'),
    config.redisUrl ? import('./redis.ts').then(({ connectRedis }) => connectRedis(config.redisUrl as string)) : undefined,
  ]);
  if (embedded) {
    setFlagsFromString('--no-liftoff-only');
    setFlagsFromString('--wasm-tier-up');
  }
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
}

// Not top-level await: the bundle is CommonJS, for V8's code cache (scripts/server-loader.ts).
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
