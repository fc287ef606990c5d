import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Closing the app waits for the handlers still running. Fastify's close ends once every connection has: a
 * client that gave up leaves its handler running on a closed socket, and the database's pool, closed next,
 * would fail its remaining queries ("Cannot use a pool after calling end on the pool"). A handler is done
 * when it sends its answer (onSend), whether or not anyone is still there to read it.
 */
async function inFlightPlugin(app: FastifyInstance, opts: { graceMs: number }) {
  const running = new Set<FastifyRequest>();
  let settled: (() => void) | undefined;
  const done = (request: FastifyRequest) => {
    if (running.delete(request) && running.size === 0) settled?.();
  };
  app.addHook('onRequest', async (request) => {
    running.add(request);
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    done(request);
    return payload;
  });
  // Should a request end without sending (a hook that hijacked it), its response's end still counts.
  app.addHook('onResponse', async (request) => done(request));
  app.addHook('onClose', async () => {
    if (running.size === 0) return;
    app.log.info({ running: running.size }, 'waiting for running requests before closing the database');
    await new Promise<void>((resolve) => {
      settled = resolve;
      setTimeout(resolve, opts.graceMs).unref();
    });
  });
}

export default fp(inFlightPlugin, { name: 'in-flight' });
