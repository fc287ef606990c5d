import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type DataTopic, dataVersions, sessions, users } from '../../db/schema/index.ts';
import type { Actor } from '../domain/access.ts';
import { actorColumns, toActor } from '../lib/actor-sql.ts';
import { today } from '../domain/dates.ts';
import { UnauthorizedError } from '../errors.ts';

export const SESSION_COOKIE = 'tracker_session';

export interface TokenPayload {
  sub: string;
  sid: string;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenPayload;
    user: TokenPayload;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    sessionId: string;
    /**
     * Each cached view's data version as this request found it (null: unknown, so nothing cached may be used).
     * Read in the session check, so a request learns them without a statement of its own.
     */
    dataVersions: Record<DataTopic, string | null>;
  }
  interface FastifyContextConfig {
    /** Routes that need no sign-in (login, health, docs). */
    public?: boolean;
  }
}

/**
 * Verifies the bearer token or session cookie (HS256 only), then loads the user, their live session and,
 * for a coach, the states of their current pairings, in one query. Every /api route but the public ones
 * goes through here, so `request.actor` is always a signed-in, active user.
 */
async function authPlugin(app: FastifyInstance, opts: { secret: string; secure: boolean }) {
  await app.register(fastifyCookie);
  await app.register(fastifyJwt, {
    secret: opts.secret,
    cookie: { cookieName: SESSION_COOKIE, signed: false },
    sign: { algorithm: 'HS256' },
    verify: { algorithms: ['HS256'] },
  });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', '');
  app.decorateRequest('dataVersions', null as unknown as Record<DataTopic, string | null>);

  // Prepared once, under a name: it runs on every request, and building and planning it each time cost more
  // than running it. It also reads the cached views' data versions, which cost nothing beside the session.
  const versionOf = (topic: DataTopic) => sql<string | null>`(select ${dataVersions.version} from ${dataVersions} where ${dataVersions.topic} = ${topic})`;
  const sessionCheck = app.db
    .select({
      ...actorColumns(sql.placeholder('today')),
      progressVersion: versionOf('progress'),
      plansVersion: versionOf('plans'),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('sid')),
        eq(users.id, sql.placeholder('sub')),
        isNull(sessions.revokedAt),
        // The app's clock, not the database's: sessions are opened with it, and tests stand on a fixed day.
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare('session_check');

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) return;
    // The API documentation is public: it describes routes, it holds no data.
    if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) return;
    if (!request.routeOptions.url) return; // unknown route: let the 404 handler answer
    let payload: TokenPayload;
    try {
      payload = await request.jwtVerify<TokenPayload>();
    } catch {
      throw new UnauthorizedError('Sign in to continue: the token is missing, expired or invalid');
    }
    if (typeof payload?.sid !== 'string' || typeof payload?.sub !== 'string') throw new UnauthorizedError();
    const now = app.now();
    const rows = await sessionCheck.execute({ sid: payload.sid, sub: payload.sub, now: now.toISOString(), today: today(now) });
    const row = rows[0];
    if (!row) throw new UnauthorizedError('Your session has ended; sign in again');
    request.sessionId = payload.sid;
    request.actor = toActor(row);
    request.dataVersions = { progress: row.progressVersion, plans: row.plansVersion };
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['db'] });
