import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built dashboard (a single-page app) beside /api; deep links fall back in the not-found handler. */
export const hasDashboardBuild = (root: string) => existsSync(path.join(root, 'index.html'));

async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  await app.register(fastifyStatic, { root: opts.root, wildcard: false, index: ['index.html'] });
}

export default fp(webPlugin, { name: 'web' });
