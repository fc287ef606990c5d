import { ctxOf } from '../../lib/context.ts';
import { IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { Goal, GoalCreate, GoalUpdate } from './goals.schemas.ts';
import * as service from './goals.service.ts';

const tags = ['plans'];

export default async function goalsRoutes(app: App) {
  app.get(
    '/api/goals/:id',
    { schema: { tags, summary: 'One goal of a plan', params: IdParams, response: { 200: Goal, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/goals',
    {
      schema: {
        tags,
        summary: 'Add a goal to a plan, tied to an assessment domain where it can be (staff or the state lead)',
        body: GoalCreate,
        response: { 201: Goal, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/goals/:id',
    { schema: { tags, summary: 'Edit a goal; send the version you read', params: IdParams, body: GoalUpdate, response: { 200: Goal, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/goals/:id',
    { schema: { tags, summary: 'Delete a goal and its milestones (staff or the state lead)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
