import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { EncodedAnswer } from '../lib/encoded-answer.ts';
import { declarePublicRoutes } from './auth.ts';

/** Serves the built dashboard (a single-page app) beside /api; deep links fall back in the not-found handler. */
export const hasDashboardBuild = (root: string) => existsSync(path.join(root, 'index.html'));

/** SvelteKit's folder of assets: its immutable/ holds nearly every file of the build. */
const ASSETS = '_app';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A path under immutable/ as the build names files: folders and hashed names, no segment starting with a dot. */
const SAFE_PATH = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/;

const readIfThere = (file: string) => readFile(file).catch(() => undefined);

/**
 * SvelteKit names these files by the hash of their content: a new build gives new names, never new content.
 * So they are read once (with the .br and .gz the build wrote beside each) and served from memory, cached by
 * browsers for a year. A first view loads ~24 of them: through @fastify/static each cost the app ~2.2 ms of CPU
 * (a stat per candidate encoding, an open, a stream), on the two cores the browser and the database also need.
 */
function immutableFiles(root: string) {
  const kept = new Map<string, Promise<EncodedAnswer | undefined>>();
  const load = async (relative: string) => {
    const file = path.join(root, relative);
    const type = TYPES[path.extname(file)];
    const identity = type ? await readIfThere(file) : undefined;
    if (!type || !identity) return undefined;
    const [br, gzip] = await Promise.all([readIfThere(`${file}.br`), readIfThere(`${file}.gz`)]);
    return new EncodedAnswer(identity, { type, compressed: { ...(br && { br }), ...(gzip && { gzip }) } });
  };
  return (relative: string): Promise<EncodedAnswer | undefined> => {
    if (!SAFE_PATH.test(relative)) return Promise.resolve(undefined);
    let answer = kept.get(relative);
    if (!answer) {
      answer = load(relative);
      kept.set(relative, answer);
      // Only files that exist are kept: requests for made-up names must not grow the map.
      void answer.then((found) => found ?? kept.delete(relative));
    }
    return answer;
  };
}

async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  const immutable = immutableFiles(path.join(opts.root, ASSETS, 'immutable'));
  // reply.sendFile for the not-found handler's deep links (index.html); this one serves no route of its own.
  await app.register(fastifyStatic, { root: opts.root, serve: false });
  // The dashboard's files are public (they hold no data): declared so for every route of this scope, as each
  // route that needs no sign-in must be (server/plugins/auth.ts).
  await app.register(async (files) => {
    declarePublicRoutes(files);
    files.get(`/${ASSETS}/immutable/*`, { schema: { hide: true } }, async (request, reply) => {
      const answer = await immutable((request.params as { '*': string })['*']);
      if (!answer) return reply.callNotFound();
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      return answer.send(request, reply);
    });

    // The rest (index.html, the icon, _app/version.json) through @fastify/static, with the .br or .gz the build
    // wrote beside each file (adapter-static's precompress).
    // The few files at the top get a route each, so that any other path outside /api reaches the not-found
    // handler (deep links; JSON 404s under /api).
    await files.register(fastifyStatic, {
      preCompressed: true,
      root: opts.root,
      wildcard: false,
      index: ['index.html'],
      globIgnore: [`${ASSETS}/**`],
      decorateReply: false,
    });
    // One wildcard route for the rest of /_app/ (a missing file still reaches the not-found handler): two routes
    // for each of ~180 files cost every start about a tenth of a second.
    await files.register(fastifyStatic, { preCompressed: true, root: path.join(opts.root, ASSETS), prefix: `/${ASSETS}/`, decorateReply: false, dotfiles: 'ignore' });
  });
}

export default fp(webPlugin, { name: 'web' });
