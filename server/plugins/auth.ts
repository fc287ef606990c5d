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
import { type AuthenticatedBy, refuseCrossSiteWrite } from './cross-site.ts';

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
    /** A route that needs no sign-in (login, health, docs, the dashboard's files); every other one does. */
    public?: boolean;
  }
}

/**
 * Verifies the bearer token or session cookie (HS256 only), then loads the user, their live session and,
 * for a coach, the states of their current pairings, in one query. Every route but those whose options declare
 * `config: { public: true }` goes through here, so `request.actor` is always a signed-in, active user.
 */
async function authPlugin(app: FastifyInstance, opts: { secret: string }) {
  await app.register(fastifyCookie);
  await app.register(fastifyJwt, {
    secret: opts.secret,
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
    // Deny by default: what decides is the route the router matched (its own options), never the raw URL, which
    // the router decodes and normalises before matching. No match: the not-found handler answers, with no data.
    if (request.is404) return;
    if (request.routeOptions.config?.public) {
      refuseCrossSiteWrite(request, 'none');
      return;
    }
    const credential = presentedToken(request);
    if (!credential) throw new UnauthorizedError('Sign in to continue: the token is missing, expired or invalid');
    let payload: TokenPayload;
    try {
      payload = app.jwt.verify<TokenPayload>(credential.token);
    } catch {
      throw new UnauthorizedError('Sign in to continue: the token is missing, expired or invalid');
    }
    if (typeof payload?.sid !== 'string' || typeof payload?.sub !== 'string') throw new UnauthorizedError();
    refuseCrossSiteWrite(request, credential.by);
    const now = app.now();
    const rows = await sessionCheck.execute({ sid: payload.sid, sub: payload.sub, now: now.toISOString(), today: today(now) });
    const row = rows[0];
    if (!row) throw new UnauthorizedError('Your session has ended; sign in again');
    request.sessionId = payload.sid;
    request.actor = toActor(row);
    request.dataVersions = { progress: row.progressVersion, plans: row.plansVersion };
  });

  // The same rule, stated once more where handlers start: no handler of a route that is not public runs without
  // a signed-in user, whatever hooks a later change adds or reorders.
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.is404 || request.routeOptions.config?.public) return;
    if (!request.actor) throw new UnauthorizedError('Sign in to continue');
  });
}

/**
 * The token a request authenticates with: a bearer token in the Authorization header, else the session cookie.
 * Another scheme in the header (a proxy's Basic credentials, which a browser adds by itself) is not ours: the
 * cookie decides then, and the request counts as cookie-authenticated for the cross-site write check.
 */
function presentedToken(request: FastifyRequest): { token: string; by: AuthenticatedBy } | undefined {
  const header = request.headers.authorization;
  const bearer = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  if (bearer?.[1]) return { token: bearer[1], by: 'bearer' };
  if (header && /^Bearer(?:\s|$)/i.test(header)) return undefined; // a malformed bearer header never falls back
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, by: 'cookie' } : undefined;
}

/**
 * Marks every route registered in `scope` (an encapsulated plugin) as public, for routes that a package registers
 * and whose options we cannot pass (the dashboard's static files).
 */
export function declarePublicRoutes(scope: FastifyInstance) {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, public: true };
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['db'] });
