import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { Pairing, PairingCreate, PairingList, PairingQuery, PairingUpdate } from './pairings.schemas.ts';
import * as service from './pairings.service.ts';

const tags = ['pairings'];

export default async function pairingsRoutes(app: App) {
  app.get(
    '/api/pairings',
    { schema: { tags, summary: 'Coach–state pairings in your states', querystring: PairingQuery, response: { 200: PairingList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/pairings/:id',
    { schema: { tags, summary: 'One pairing', params: IdParams, response: { 200: Pairing, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/pairings',
    { schema: { tags, summary: 'Pair a coach with a state for (part of) a year (staff); one coach at a time', body: PairingCreate, response: { 201: Pairing, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/pairings/:id',
    { schema: { tags, summary: 'Edit a pairing, e.g. set endsOn to hand over mid-year (staff)', params: IdParams, body: PairingUpdate, response: { 200: Pairing, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/pairings/:id',
    { schema: { tags, summary: 'Delete a pairing (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
