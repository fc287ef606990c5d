import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Compresses answers for clients that accept it (brotli, else gzip), from 32 KB up. The progress answer for 56
 * states is ~200 KB of very repetitive JSON: ~4 KB as brotli at quality 4, ~1 ms of CPU (quality 11 would take
 * ~110 ms). Clients that send no Accept-Encoding (scripts, the load tests) get it as before. The dashboard's
 * own files are compressed at build time and served as they are (plugins/web.ts). Request bodies are not
 * decompressed: our clients send small JSON, and a compressed body would slip past the body limit's intent.
 *
 * Registered before the routes: the plugin hooks into each route as it is declared, after the app-wide
 * onSend hooks (the idempotency store keeps the answer uncompressed).
 */
async function compressPlugin(app: FastifyInstance) {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // Only large answers. Compressing costs the app 0.2-0.5 ms of CPU per answer on two cores it shares with the
    // database, whatever the size: with every answer from 1 KB up compressed, a coach's page of 25 calls (21 KB)
    // went from 680 to 468 req/s at 50 clients (docs/performance.md). 32 KB arrives in a few milliseconds on
    // broadband; larger lists (a state's 500 calls) are where compression saves time. The progress answer is
    // compressed once and kept (modules/progress), the dashboard's files at build time.
    threshold: 32 * 1024,
    globalDecompression: false,
    // The fastest levels: compression runs on every answer, on the same two cores as the database. A 21 KB page
    // of calls: brotli quality 4 raised the app's CPU per request by ~1 ms under load (the encoder's set-up
    // more than the compressing); quality 1 takes 0.04 ms for 1.4 KB instead of 1.2 KB.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 1 },
  });
}

export default fp(compressPlugin, { name: 'compress' });
