import { addMinutes, differenceInSeconds, min } from 'date-fns';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthorizedError } from '../../errors.ts';
import { ErrorBody, NoContent } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { Credentials, LoginAnswer, Me, RefreshBody } from './auth.schemas.ts';
import { RefreshTokenReusedError, type UserRow, closeSession, findUser, openSession, presentUser, refreshSession } from './auth.service.ts';

export const REFRESH_COOKIE = 'tracker_refresh';
// The refresh cookie goes only to the routes that trade or end it.
const REFRESH_PATH = '/api/auth';

export default async function authRoutes(
  app: App,
  opts: { sessionHours: number; accessMinutes: number; secureCookies: boolean; publicUrl: string },
) {
  /**
   * Over plain http a browser drops Secure cookies, so a sign-in would answer 200 and leave nobody signed in
   * (and the password crossed in clear): say where the tracker is instead. The protocol follows TRUST_PROXY.
   */
  async function refuseInsecureSignIn(request: FastifyRequest) {
    if (!opts.secureCookies || request.protocol === 'https') return;
    request.log.warn({ ip: request.ip }, 'sign-in over plain http refused (PUBLIC_URL is https; behind a TLS proxy, set TRUST_PROXY)');
    throw new ForbiddenError(`This tracker is at ${opts.publicUrl}; open it there to sign in`);
  }

  /**
   * A short-lived access token (bearer, and the session cookie) and the session's refresh token (answer, and
   * an httpOnly cookie limited to /api/auth). The access token never outlives its session.
   */
  function issueTokens(
    reply: FastifyReply,
    session: { user: UserRow; sessionId: string; expiresAt: Date; refreshToken: string },
  ) {
    const now = app.now();
    const accessExpiresAt = min([addMinutes(now, opts.accessMinutes), session.expiresAt]);
    const token = app.jwt.sign({ sub: session.user.id, sid: session.sessionId }, { expiresIn: Math.max(1, differenceInSeconds(accessExpiresAt, now)) });
    const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: opts.secureCookies, expires: session.expiresAt };
    reply.setCookie(SESSION_COOKIE, token, { ...cookie, path: '/' });
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, { ...cookie, path: REFRESH_PATH });
    return {
      token,
      expiresAt: accessExpiresAt.toISOString(),
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.expiresAt.toISOString(),
      user: presentUser(session.user),
    };
  }

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      onRequest: refuseInsecureSignIn,
      schema: {
        tags: ['auth'],
        summary: 'Sign in; answers a bearer token and sets an httpOnly session cookie',
        security: [],
        body: Credentials,
        response: { 200: LoginAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await app
        .limitLoginAttempt(request, reply, email, () => openSession(app.db, email, password, app.now(), opts.sessionHours))
        .catch((error: unknown) => {
          if (error instanceof UnauthorizedError) request.log.warn({ email: email.toLowerCase(), ip: request.ip }, 'sign-in refused');
          throw error;
        });
      request.log.info({ userId: session.user.id }, 'signed in');
      return issueTokens(reply, session);
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      config: { public: true },
      // A browser sends no body (the token is in its cookie); validate that as an empty object.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags: ['auth'],
        summary: 'Trade the refresh token (body, or the refresh cookie) for a new access token and a new refresh token',
        security: [],
        body: RefreshBody,
        response: { 200: LoginAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const presented = request.body.refreshToken ?? request.cookies[REFRESH_COOKIE];
      if (!presented) throw new UnauthorizedError('No refresh token: sign in again');
      const session = await refreshSession(app.db, presented, app.now()).catch((error: unknown) => {
        if (error instanceof RefreshTokenReusedError) {
          request.log.warn({ sessionId: error.sessionId, ip: request.ip }, 'a traded refresh token was presented again: session revoked');
        } else request.log.warn({ ip: request.ip }, 'refresh refused');
        throw error;
      });
      return issueTokens(reply, session);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End this session (the token stops working)', response: { 204: NoContent, 401: ErrorBody } } },
    async (request, reply) => {
      await closeSession(app.db, request.sessionId);
      request.log.info({ userId: request.actor.id }, 'signed out');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and the states they can see', response: { 200: Me, 401: ErrorBody } } },
    async (request) => {
      const user = await findUser(app.db, request.actor.id);
      const actor = request.actor;
      const states = actor.role === 'coach' ? actor.pairedStates : actor.stateCode ? [actor.stateCode] : [];
      return { user: presentUser(user), states: [...states].sort(), allStates: actor.role === 'staff' };
    },
  );
}
