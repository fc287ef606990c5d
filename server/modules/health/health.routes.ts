import { Type } from 'typebox';
import type { App } from '../../lib/types.ts';

const Status = Type.Object({ status: Type.String() });

/**
 * Liveness (the process answers) and readiness (the database answers). Probes get a few bytes and are never
 * compressed: compressing them would gain nothing, and the compress plugin's first look at an answer loads
 * Node's fetch implementation (it asks whether the answer is a `Response`), which made the first readiness
 * answer ~40 ms slower to come (docs/performance.md, change 34).
 */
export default async function healthRoutes(app: App) {
  app.get('/healthz', { compress: false, config: { public: true }, schema: { hide: true, response: { 200: Status } } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { compress: false, config: { public: true }, schema: { hide: true, response: { 200: Status, 503: Status } } },
    async (_request, reply) => {
      try {
        await app.dbHandle.ping();
        return { status: 'ready' };
      } catch {
        return reply.status(503).send({ status: 'database unreachable' });
      }
    },
  );
}
