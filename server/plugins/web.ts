import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built dashboard (a single-page app) beside /api; deep links fall back in the not-found handler. */
export const hasDashboardBuild = (root: string) => existsSync(path.join(root, 'index.html'));

/** SvelteKit names these files by the hash of their content: a new build gives new names, never new content. */
const IMMUTABLE = `${path.sep}_app${path.sep}immutable${path.sep}`;

async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  await app.register(fastifyStatic, {
    root: opts.root,
    wildcard: false,
    index: ['index.html'],
    // The build writes a .br and a .gz beside each file (adapter-static's precompress): sent to browsers that
    // accept them, with no compression work per request.
    preCompressed: true,
    setHeaders: (reply, file) => {
      if (file.includes(IMMUTABLE)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
}

export default fp(webPlugin, { name: 'web' });
