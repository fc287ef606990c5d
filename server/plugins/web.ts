import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built dashboard (a single-page app) beside /api; deep links fall back in the not-found handler. */
export const hasDashboardBuild = (root: string) => existsSync(path.join(root, 'index.html'));

/** SvelteKit's folder of hashed assets: nearly every file of the build. */
const ASSETS = '_app';

async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  // The few files at the top (index.html, the icon) get a route each, so that any other path outside /api
  // reaches the not-found handler (deep links; JSON 404s under /api, answered before authentication).
  await app.register(fastifyStatic, { root: opts.root, wildcard: false, index: ['index.html'], globIgnore: [`${ASSETS}/**`] });
  // The assets are served by one wildcard route under /_app/ (a missing one still reaches the not-found
  // handler): two routes for each of ~180 files cost every start about a tenth of a second.
  await app.register(fastifyStatic, {
    root: path.join(opts.root, ASSETS),
    prefix: `/${ASSETS}/`,
    decorateReply: false,
    dotfiles: 'ignore',
  });
}

export default fp(webPlugin, { name: 'web' });
