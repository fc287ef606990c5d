import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { Participation, ParticipationCreate, ParticipationList, ParticipationQuery, ParticipationUpdate } from './participations.schemas.ts';
import * as service from './participations.service.ts';

const tags = ['participations'];

export default async function participationsRoutes(app: App) {
  app.get(
    '/api/participations',
    { schema: { tags, summary: 'Which of your states take part in which years, and how', querystring: ParticipationQuery, response: { 200: ParticipationList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/participations/:id',
    { schema: { tags, summary: 'One participation', params: IdParams, response: { 200: Participation, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/participations',
    { schema: { tags, summary: 'Enrol a state in a program year (staff)', body: ParticipationCreate, response: { 201: Participation, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/participations/:id',
    { schema: { tags, summary: "Change a state's tier for the year (staff)", params: IdParams, body: ParticipationUpdate, response: { 200: Participation, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/participations/:id',
    { schema: { tags, summary: 'Withdraw a state that has recorded nothing in the year (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
