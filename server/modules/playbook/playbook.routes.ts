import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { StateParams } from '../states/states.schemas.ts';
import * as resources from './call-resources.service.ts';
import {
  CallResourceAttach,
  CallResourceParams,
  PlaybookDomainList,
  PlaybookEntry,
  PlaybookEntryCreate,
  PlaybookEntryList,
  PlaybookEntryUpdate,
  PlaybookQuery,
  StatePlaybook,
  StatePlaybookQuery,
} from './playbook.schemas.ts';
import * as service from './playbook.service.ts';
import { matchesFor } from './state-playbook.service.ts';

const tags = ['playbook'];

export default async function playbookRoutes(app: App) {
  app.get(
    '/api/playbook',
    { schema: { tags, summary: 'Promising practices and resources; filter by domain key, state or words', querystring: PlaybookQuery, response: { 200: PlaybookEntryList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/playbook/domains',
    { schema: { tags, summary: 'The assessment domains entries are filed under', response: { 200: PlaybookDomainList, 401: ErrorBody } } },
    async (request) => service.domains(ctxOf(app, request)),
  );
  app.get(
    '/api/playbook/:id',
    { schema: { tags, summary: 'One playbook entry', params: IdParams, response: { 200: PlaybookEntry, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/playbook',
    { schema: { tags, summary: 'Add an entry to the playbook (staff)', body: PlaybookEntryCreate, response: { 201: PlaybookEntry, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/playbook/:id',
    { schema: { tags, summary: 'Edit an entry (staff); send the version you read', params: IdParams, body: PlaybookEntryUpdate, response: { 200: PlaybookEntry, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/playbook/:id',
    { schema: { tags, summary: 'Remove an entry (staff); calls that shared it lose it', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calls/:id/resources',
    { schema: { tags, summary: 'Playbook entries shared on a call', params: IdParams, response: { 200: PlaybookEntryList, ...errorResponses } } },
    async (request) => resources.list(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/calls/:id/resources',
    {
      schema: {
        tags,
        summary: 'Share a playbook entry on a call (staff, or the paired coach); 200 when it was already shared',
        params: IdParams,
        body: CallResourceAttach,
        response: { 200: PlaybookEntryList, 201: PlaybookEntryList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { created, resources: shared } = await resources.attach(ctxOf(app, request), request.params.id, request.body.entryId);
      return reply.status(created ? 201 : 200).send(shared);
    },
  );
  app.delete(
    '/api/calls/:id/resources/:entryId',
    { schema: { tags, summary: 'Stop sharing a playbook entry on a call', params: CallResourceParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await resources.detach(ctxOf(app, request), request.params.id, request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/states/:code/playbook',
    {
      schema: {
        tags,
        summary: 'Playbook entries serving the priorities of the state’s baseline assessment that year',
        params: StateParams,
        querystring: StatePlaybookQuery,
        response: { 200: StatePlaybook, ...errorResponses },
      },
    },
    async (request) => matchesFor(ctxOf(app, request), request.params.code, request.query.programYear),
  );
}
