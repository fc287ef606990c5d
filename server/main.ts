import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { connectRedis } from './redis.ts';
import { startDatabase } from './start-database.ts';

const started = performance.now();
const config = loadConfig();
// performance.now() counts from the process's start, so the first figure is the time spent loading modules.
const handle = await startDatabase(config, (msg) => console.log(`[start] ${Math.round(performance.now())} ms: ${msg}`));
const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
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
