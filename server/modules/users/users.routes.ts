import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { MyUpdate, User, UserCreate, UserList, UserQuery, UserUpdate } from './users.schemas.ts';
import * as service from './users.service.ts';

const tags = ['users'];

export default async function usersRoutes(app: App) {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Accounts you can see: staff all; a coach the TA side and their states’ users; a state user their state and its coaches',
        querystring: UserQuery,
        response: { 200: UserList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/users/me',
    { schema: { tags, summary: 'Your own account, with its version as ETag (every signed-in role)', response: { 200: User, 401: ErrorBody } } },
    async (request) => service.getMe(ctxOf(app, request)),
  );
  app.patch(
    '/api/users/me',
    {
      schema: {
        tags,
        summary: 'Change your own name or password (the password needs currentPassword); send the version you read',
        body: MyUpdate,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => service.updateMe(ctxOf(app, request), request.sessionId, request.body),
  );
  app.get(
    '/api/users/:id',
    { schema: { tags, summary: 'One account', params: IdParams, response: { 200: User, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/users',
    { schema: { tags, summary: 'Create an account (staff); state leads and members need a stateCode', body: UserCreate, response: { 201: User, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/users/:id',
    { schema: { tags, summary: 'Edit an account (staff); a new password or deactivation ends its sessions', params: IdParams, body: UserUpdate, response: { 200: User, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/users/:id',
    { schema: { tags, summary: 'Deactivate an account and end its sessions (staff); rows are kept', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
