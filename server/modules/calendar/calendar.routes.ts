import type { FastifyReply } from 'fastify';
import { ErrorBody, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { CreatedFeed, FeedParams, FeedStatus, IcsBody, IcsParams } from './calendar.schemas.ts';
import * as service from './calendar.service.ts';

const tags = ['calendar'];
const icsResponses = { 200: IcsBody, ...errorResponses };

function sendCalendar(reply: FastifyReply, body: string, filename?: string) {
  reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=0, must-revalidate');
  if (filename) reply.header('content-disposition', `attachment; filename="${filename}"`);
  return reply.send(body);
}

/**
 * Links in feeds and files point at PUBLIC_URL, never at the request's Host header: a subscription URL is kept
 * for months, and a forged Host must not put someone else's address in it.
 */
export default async function calendarRoutes(app: App, opts: { publicUrl: string }) {
  const origin = opts.publicUrl;
  app.get(
    '/api/calendar-feed',
    { schema: { tags, summary: 'Whether you have a calendar subscription URL', response: { 200: FeedStatus, 401: ErrorBody } } },
    async (request) => service.status(ctxOf(app, request)),
  );
  app.post(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Create your private calendar subscription URL, replacing (and disabling) any earlier one; the URL is shown once',
        response: { 201: CreatedFeed, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.rotate(ctxOf(app, request), origin)),
  );
  app.delete(
    '/api/calendar-feed',
    { schema: { tags, summary: 'Revoke your calendar subscription URL', response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.revoke(ctxOf(app, request));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/calendar/:token.ics',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A calendar subscription (no sign-in: the token in the URL is the credential); 404 once revoked',
        params: FeedParams,
        response: { 200: IcsBody, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => sendCalendar(reply, await service.feed(app.db, request.params.token, app.now(), origin)),
  );
  app.get(
    '/api/calls/:id.ics',
    { schema: { tags, summary: 'One call as an iCalendar file', params: IcsParams, response: icsResponses } },
    async (request, reply) =>
      sendCalendar(reply, await service.callFile(ctxOf(app, request), request.params.id, app.now(), origin), `call-${request.params.id}.ics`),
  );
  app.get(
    '/api/site-visits/:id.ics',
    { schema: { tags, summary: 'One site visit as an iCalendar file', params: IcsParams, response: icsResponses } },
    async (request, reply) =>
      sendCalendar(reply, await service.visitFile(ctxOf(app, request), request.params.id, app.now(), origin), `site-visit-${request.params.id}.ics`),
  );
}
