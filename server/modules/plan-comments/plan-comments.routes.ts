import { ctxOf } from '../../lib/context.ts';
import { IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { PlanComment, PlanCommentCreate } from './plan-comments.schemas.ts';
import * as service from './plan-comments.service.ts';

const tags = ['plans'];

export default async function planCommentsRoutes(app: App) {
  app.post(
    '/api/plan-comments',
    {
      schema: {
        tags,
        summary: 'Comment on a plan or one of its milestones (staff, the paired coach, or the state lead)',
        body: PlanCommentCreate,
        response: { 201: PlanComment, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.delete(
    '/api/plan-comments/:id',
    { schema: { tags, summary: 'Delete a comment (its author, or staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
