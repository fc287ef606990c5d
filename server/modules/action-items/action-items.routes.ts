import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { ActionItemCreate, ActionItemList, ActionItemQuery, ActionItemUpdate, ActionItemView } from './action-items.schemas.ts';
import * as service from './action-items.service.ts';

const tags = ['action items'];

export default async function actionItemsRoutes(app: App) {
  app.get(
    '/api/action-items',
    {
      schema: {
        tags,
        summary: 'Next steps from calls and site visits in your states, soonest due first',
        querystring: ActionItemQuery,
        response: { 200: ActionItemList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/action-items/:id',
    { schema: { tags, summary: 'One action item with its parent call or visit', params: IdParams, response: { 200: ActionItemView, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/action-items',
    {
      schema: {
        tags,
        summary: 'Add an action item to a call or a site visit (staff, or the paired coach)',
        body: ActionItemCreate,
        response: { 201: ActionItemView, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/action-items/:id',
    {
      schema: { tags, summary: 'Edit an action item or mark it done; send the version you read', params: IdParams, body: ActionItemUpdate, response: { 200: ActionItemView, ...errorResponses } },
    },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/action-items/:id',
    { schema: { tags, summary: 'Delete an action item', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
