import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { locationOf, recordPathFor } from '../lib/record-location.ts';

/** The versions an If-None-Match names (weak or strong), or '*'. */
function versionsNamed(header: string): Set<string> | '*' {
  if (header.trim() === '*') return '*';
  return new Set(header.split(',').map((tag) => tag.trim().replace(/^W\//, '')));
}

/**
 * HTTP's own answers about records: a GET whose If-None-Match names the record's ETag answers 304 with no body
 * (a client that kept the record need not download it again), and a 201 says in Location where the created
 * record can be read.
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

  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag !== 'string') return payload;
    // The ETag is the record's version, the same for every reader, while what each reader sees of the record
    // differs (a coach-only note). A browser must not revalidate one user's kept copy for another who signs in
    // on the same machine: the copy is kept only for the credentials that fetched it.
    const vary = String(reply.getHeader('vary') ?? '');
    reply.header('vary', [vary, 'Cookie', 'Authorization'].filter(Boolean).join(', '));
    const asked = request.headers['if-none-match'];
    if (typeof asked !== 'string') return payload;
    const named = versionsNamed(asked);
    if (named !== '*' && !named.has(etag.replace(/^W\//, ''))) return payload;
    reply.code(304);
    for (const name of ['content-type', 'content-length', 'content-encoding']) reply.removeHeader(name);
    return null;
  });
}

export default fp(recordHeadersPlugin, { name: 'record-headers' });
