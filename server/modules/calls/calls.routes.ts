import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { Call, CallCreate, CallList, CallQuery, CallUpdate } from './calls.schemas.ts';
import * as service from './calls.service.ts';

const tags = ['calls'];

export default async function callsRoutes(app: App) {
  app.get(
    '/api/calls',
    { schema: { tags, summary: 'Coaching calls in your states, newest first', querystring: CallQuery, response: { 200: CallList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/calls/:id',
    { schema: { tags, summary: 'One call with its action items', params: IdParams, response: { 200: Call, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/calls',
    { schema: { tags, summary: 'Log or schedule a call (staff, or the paired coach)', body: CallCreate, response: { 201: Call, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/calls/:id',
    { schema: { tags, summary: 'Edit a call; send the version you read', params: IdParams, body: CallUpdate, response: { 200: Call, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/calls/:id',
    { schema: { tags, summary: 'Delete a call and its action items', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
