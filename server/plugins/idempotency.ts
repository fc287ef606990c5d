import { createHash } from 'node:crypto';
import { subHours } from 'date-fns';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { idempotencyKeys } from '../../db/schema/index.ts';
import { ConflictError, HttpError, ValidationError } from '../errors.ts';

const KEEP_HOURS = 24;

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this create reserved, to be completed with its answer. */
    idempotencyKey: string | null;
  }
}

class KeyReusedError extends HttpError {
  constructor() {
    super(422, 'This Idempotency-Key was already used for a different request; use a new key for a new request');
  }
}

const fingerprint = (request: FastifyRequest) =>
  createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');

/**
 * Safe retries for creates: a POST with an Idempotency-Key reserves the key (per user) before it runs; its
 * 2xx answer is kept, and the same key with the same request within 24 hours replays that answer without
 * running again. A refused request (4xx/5xx) frees the key, since it wrote nothing. The keys live in
 * PostgreSQL so that every app process sees them.
 */
async function idempotencyPlugin(app: FastifyInstance) {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.actor) return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 200) {
      throw new ValidationError('headers.idempotency-key must be 1 to 200 characters');
    }
    const userId = request.actor.id;
    const now = app.now();
    const bodyHash = fingerprint(request);
    const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
    await app.db.delete(idempotencyKeys).where(and(mine, lt(idempotencyKeys.createdAt, subHours(now, KEEP_HOURS).toISOString())));
    const reserved = await app.db
      .insert(idempotencyKeys)
      .values({ userId, key, method: request.method, path: request.url.split('?')[0] ?? '', bodyHash, createdAt: now.toISOString() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (reserved.length > 0) {
      request.idempotencyKey = key;
      return;
    }
    const [first] = await app.db.select().from(idempotencyKeys).where(mine).limit(1);
    if (!first) throw new ConflictError('This Idempotency-Key is being released; send the request again');
    if (first.bodyHash !== bodyHash) throw new KeyReusedError();
    if (first.statusCode === null) throw new ConflictError('A request with this Idempotency-Key is still being processed; try again shortly');
    request.log.info({ key }, 'replayed an idempotent request');
    return reply.status(first.statusCode).header('idempotent-replayed', 'true').send(first.response);
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    request.idempotencyKey = null;
    const mine = and(eq(idempotencyKeys.userId, request.actor.id), eq(idempotencyKeys.key, key));
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      const response = typeof payload === 'string' && payload !== '' ? JSON.parse(payload) : null;
      await app.db.update(idempotencyKeys).set({ statusCode: reply.statusCode, response }).where(mine);
    } else {
      await app.db.delete(idempotencyKeys).where(mine);
    }
    return payload;
  });
}

export default fp(idempotencyPlugin, { name: 'idempotency', dependencies: ['db', 'auth'] });
