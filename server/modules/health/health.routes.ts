import { Type } from 'typebox';
import type { App } from '../../lib/types.ts';

const Status = Type.Object({ status: Type.String() });

/** Liveness (the process answers) and readiness (the database answers). */
export default async function healthRoutes(app: App) {
  app.get('/healthz', { config: { public: true }, schema: { hide: true, response: { 200: Status } } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { config: { public: true }, schema: { hide: true, response: { 200: Status, 503: Status } } },
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
