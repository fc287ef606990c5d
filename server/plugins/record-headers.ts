import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { locationOf, recordPathFor } from '../lib/record-location.ts';

/**
 * HTTP's own answers about records: a 201 says in Location where the created record can be read.
 * No 304 for If-None-Match yet: an ETag is its record's version, and a record read with its parts (a plan with its
 * milestones, an event with its attendance) keeps its version when a part changes, so the version does not
 * validate the whole answer. A 304 then would hand back a stale plan (tried: the browser suite caught it).
 */
async function recordHeadersPlugin(app: FastifyInstance) {
  const recordPaths = new Map<string, string | undefined>();
  const hasGet = (path: string) => app.hasRoute({ method: 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') });

  app.addHook('preSerialization', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.method !== 'POST' || reply.statusCode !== 201 || !payload || typeof payload !== 'object') return payload;
    const route = request.routeOptions.url ?? '';
    if (!recordPaths.has(route)) recordPaths.set(route, recordPathFor(route, hasGet));
    const recordPath = recordPaths.get(route);
    const record = payload as { id?: unknown; code?: unknown };
    if (recordPath && (record.id !== undefined || record.code !== undefined)) reply.header('location', locationOf(recordPath, record));
    return payload;
  });
}

export default fp(recordHeadersPlugin, { name: 'record-headers' });
