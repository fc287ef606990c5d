import { setFlagsFromString } from 'node:v8';
import { loadConfig } from './config.ts';
import { startDatabase } from './start-database.ts';

const started = performance.now();
const config = loadConfig();
// performance.now() counts from the process's start, so the first figure is the time spent loading the modules
// that open the database.
const log = (msg: string) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`);
if (!config.databaseUrl) {
  // PGlite is PostgreSQL compiled to 9 MB of WebAssembly. V8 compiles it with its baseline compiler, then
  // recompiles what runs hot (PostgreSQL's start-up loops among it) with its optimising one on background
  // threads: on two cores that doubled the CPU of opening the database (~1.1 → ~0.55 s, measured), and queries
  // ran no faster once warm beyond the noise of our measurements (docs/performance.md, change 19). V8's flags
  // are the process's: set here, before PGlite compiles its module, and only when the embedded database is used.
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
