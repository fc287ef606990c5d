import { ctxOf, requireAccess } from '../../lib/context.ts';
import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { VersionedCache } from '../../lib/versioned-cache.ts';
import { Plan, PlanCreate, PlanList, PlanQuery, PlanUpdate } from './plans.schemas.ts';
import * as service from './plans.service.ts';

const tags = ['plans'];

export default async function plansRoutes(app: App) {
  // The state page reads its plan on every visit: six statements and a 40 KB answer to build, the same for
  // everyone who may see it. Kept per plan and day while the `plans` data version holds (see plugins/auth.ts);
  // room for a year's plans of every state and territory, and some of the year before.
  const kept = new VersionedCache<service.KeptPlan>(256);

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
    async (request, reply) => {
      const ctx = ctxOf(app, request);
      const { id } = request.params;
      // The day is in the key: "overdue" is worked out against it.
      const plan = await kept.get(`${id}|${ctx.today}`, request.dataVersions.plans, () =>
        service.keptPlan(ctx, id, (body) => String(reply.serialize(body))),
      );
      requireAccess(ctx.actor, 'plan', 'read', plan.stateCode, 'Plan');
      return plan.answer.send(request, reply);
    },
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
