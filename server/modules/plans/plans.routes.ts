import { ctxOf } from '../../lib/context.ts';
import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { Plan, PlanCreate, PlanList, PlanQuery, PlanUpdate } from './plans.schemas.ts';
import * as service from './plans.service.ts';

const tags = ['plans'];

export default async function plansRoutes(app: App) {
  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Project plans in your states, with goal and milestone counts and percent complete',
        querystring: PlanQuery,
        response: { 200: PlanList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'The whole plan: goals, their milestones with history, and comments',
        params: IdParams,
        response: { 200: Plan, ...errorResponses },
      },
    },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/plans',
    { schema: { tags, summary: 'Start a state’s plan for a year (staff or the state lead)', body: PlanCreate, response: { 201: Plan, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/plans/:id',
    {
      schema: { tags, summary: 'Edit the plan’s title or vision; send the version you read', params: IdParams, body: PlanUpdate, response: { 200: Plan, ...errorResponses } },
    },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/plans/:id',
    { schema: { tags, summary: 'Delete a plan with its goals, milestones and comments (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
