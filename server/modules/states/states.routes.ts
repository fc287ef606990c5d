import { ErrorBody, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { State, StateCreate, StateDetail, StateList, StateParams, StateQuery, StateUpdate } from './states.schemas.ts';
import * as service from './states.service.ts';

const tags = ['states'];

export default async function statesRoutes(app: App) {
  app.get(
    '/api/states',
    {
      schema: {
        tags,
        summary: 'Your states; with programYear, each one’s tier and current coaches that year',
        querystring: StateQuery,
        response: { 200: StateList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/states/:code',
    { schema: { tags, summary: 'One state with its years, pairings and team members', params: StateParams, response: { 200: StateDetail, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.code),
  );
  app.post(
    '/api/states',
    { schema: { tags, summary: 'Add a state (staff)', body: StateCreate, response: { 201: State, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/states/:code',
    { schema: { tags, summary: 'Rename a state or change its time zone (staff)', params: StateParams, body: StateUpdate, response: { 200: State, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.code, request.body),
  );
  app.delete(
    '/api/states/:code',
    { schema: { tags, summary: 'Delete a state that never took part and has no users (staff)', params: StateParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.code);
      return reply.status(204).send(null);
    },
  );
}
