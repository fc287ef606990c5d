import { differenceInSeconds } from 'date-fns';
import { ErrorBody, NoContent } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { Credentials, LoginAnswer, Me } from './auth.schemas.ts';
import { closeSession, findUser, openSession, presentUser } from './auth.service.ts';

export default async function authRoutes(app: App, opts: { sessionHours: number; secureCookies: boolean }) {
  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; answers a bearer token and sets an httpOnly session cookie',
        security: [],
        body: Credentials,
        response: { 200: LoginAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await app.checkLoginLimits(request, request.body.email);
      const now = app.now();
      const { user, sessionId, expiresAt } = await openSession(app.db, request.body.email, request.body.password, now, opts.sessionHours).catch(
        (error: unknown) => {
          request.log.warn({ email: request.body.email.toLowerCase(), ip: request.ip }, 'sign-in refused');
          throw error;
        },
      );
      const token = app.jwt.sign({ sub: user.id, sid: sessionId }, { expiresIn: differenceInSeconds(expiresAt, now) });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.secureCookies,
        path: '/',
        expires: expiresAt,
      });
      request.log.info({ userId: user.id }, 'signed in');
      return { token, expiresAt: expiresAt.toISOString(), user: presentUser(user) };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End this session (the token stops working)', response: { 204: NoContent, 401: ErrorBody } } },
    async (request, reply) => {
      await closeSession(app.db, request.sessionId);
      request.log.info({ userId: request.actor.id }, 'signed out');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
