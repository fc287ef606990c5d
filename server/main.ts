import { existsSync } from 'node:fs';
import path from 'node:path';
import { openEmbedded } from '../db/embedded-client.ts';
import { loadConfig } from './config.ts';

const started = performance.now();
const config = loadConfig();
// performance.now() counts from the process's start, so the first figure is the time spent getting here.
const log = (msg: string) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`);
// The embedded database opens first, on its worker thread, while this thread loads and builds the app.
const embedded = config.databaseUrl ? undefined : openEmbeddedLogged(config.dataDir);
function openEmbeddedLogged(dataDir: string) {
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  log(fresh ? `initialising a new embedded database in ${dataDir} (first start only, a few seconds)` : `opening the embedded database in ${dataDir}`);
  return openEmbedded({ dataDir });
}
// Redis's client is loaded only when configured.
const [{ openDatabase, prepareDatabase }, { buildApp }, redis] = await Promise.all([
  import('./start-database.ts'),
  import('./app.ts'),
  config.redisUrl ? import('./redis.ts').then(({ connectRedis }) => connectRedis(config.redisUrl as string)) : undefined,
]);
const handle = await openDatabase(config, embedded);
// Migrations and seeds wait for the database to open; the app is built meanwhile.
const [, app] = await Promise.all([prepareDatabase(handle, config, log), buildApp({ config, db: handle, serveWeb: true, redis })]);

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
