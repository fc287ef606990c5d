import { ctxOf } from '../../lib/context.ts';
import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { Instrument, InstrumentCreate, InstrumentList, InstrumentQuery } from './instruments.schemas.ts';
import * as service from './instruments.service.ts';

const tags = ['instruments'];

export default async function instrumentsRoutes(app: App) {
  app.get(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Readiness-assessment instruments, by name and newest revision first',
        querystring: InstrumentQuery,
        response: { 200: InstrumentList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/instruments/:id',
    { schema: { tags, summary: 'One instrument with its domains and indicators in order', params: IdParams, response: { 200: Instrument, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Add an instrument, or a new revision of one, with its domains and indicators (staff)',
        body: InstrumentCreate,
        response: { 201: Instrument, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.delete(
    '/api/instruments/:id',
    { schema: { tags, summary: 'Delete an instrument no assessment uses (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
