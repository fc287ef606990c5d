import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { TeamMember, TeamMemberCreate, TeamMemberList, TeamMemberQuery, TeamMemberUpdate } from './team-members.schemas.ts';
import * as service from './team-members.service.ts';

const tags = ['team members'];

export default async function teamMembersRoutes(app: App) {
  app.get(
    '/api/team-members',
    { schema: { tags, summary: 'State team members in your states, leads first', querystring: TeamMemberQuery, response: { 200: TeamMemberList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/team-members/:id',
    { schema: { tags, summary: 'One team member', params: IdParams, response: { 200: TeamMember, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/team-members',
    { schema: { tags, summary: "Add someone to a state's team for a year (staff)", body: TeamMemberCreate, response: { 201: TeamMember, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/team-members/:id',
    { schema: { tags, summary: 'Edit a team member (staff)', params: IdParams, body: TeamMemberUpdate, response: { 200: TeamMember, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/team-members/:id',
    { schema: { tags, summary: 'Remove a team member (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
