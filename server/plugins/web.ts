import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built dashboard (a single-page app) beside /api; deep links fall back in the not-found handler. */
export const hasDashboardBuild = (root: string) => existsSync(path.join(root, 'index.html'));

/** SvelteKit's folder of hashed assets: nearly every file of the build. */
const ASSETS = '_app';

/** SvelteKit names these files by the hash of their content: a new build gives new names, never new content. */
const IMMUTABLE = `${path.sep}${ASSETS}${path.sep}immutable${path.sep}`;

async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  // The build writes a .br and a .gz beside each file (adapter-static's precompress): sent to browsers that
  // accept them, with no compression work per request.
  const common = {
    preCompressed: true,
    setHeaders: (reply: FastifyReply, file: string) => {
      if (file.includes(IMMUTABLE)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  };
  // The few files at the top (index.html, the icon) get a route each, so that any other path outside /api
  // reaches the not-found handler (deep links; JSON 404s under /api, answered before authentication).
  await app.register(fastifyStatic, { ...common, root: opts.root, wildcard: false, index: ['index.html'], globIgnore: [`${ASSETS}/**`] });
  // The assets are served by one wildcard route under /_app/ (a missing one still reaches the not-found
  // handler): two routes for each of ~180 files cost every start about a tenth of a second.
  await app.register(fastifyStatic, { ...common, root: path.join(opts.root, ASSETS), prefix: `/${ASSETS}/`, decorateReply: false, dotfiles: 'ignore' });
}

export default fp(webPlugin, { name: 'web' });
