import { ctxOf } from '../../lib/context.ts';
import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { Milestone, MilestoneCreate, MilestoneList, MilestoneQuery, MilestoneUpdate, StatusUpdateCreate } from './milestones.schemas.ts';
import * as service from './milestones.service.ts';

const tags = ['milestones'];

export default async function milestonesRoutes(app: App) {
  app.get(
    '/api/milestones',
    {
      schema: {
        tags,
        summary: 'Plan milestones in your states by due day; filter by owner, status, due range or overdue',
        querystring: MilestoneQuery,
        response: { 200: MilestoneList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/milestones/:id',
    { schema: { tags, summary: 'One milestone with its update history, newest first', params: IdParams, response: { 200: Milestone, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/milestones',
    {
      schema: { tags, summary: 'Add a milestone to a goal (staff or the state lead)', body: MilestoneCreate, response: { 201: Milestone, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Edit title, due day, owner or position; the status changes through /updates',
        params: IdParams,
        body: MilestoneUpdate,
        response: { 200: Milestone, ...errorResponses },
      },
    },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/milestones/:id',
    { schema: { tags, summary: 'Delete a milestone and its history (staff or the state lead)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/milestones/:id/updates',
    {
      schema: {
        tags,
        summary: 'Change a milestone’s status with a comment and evidence link (plan writers, or a state member who owns it)',
        params: IdParams,
        body: StatusUpdateCreate,
        response: { 201: Milestone, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.addUpdate(ctxOf(app, request), request.params.id, request.body)),
  );
}
