import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import { expectedVersion } from '../../plugins/concurrency.ts';
import type { App } from '../../lib/types.ts';
import { Attendance, AttendanceInput, AttendanceParams, Event, EventCreate, EventList, EventQuery, EventUpdate } from './events.schemas.ts';
import * as service from './events.service.ts';

const tags = ['events'];

export default async function eventsRoutes(app: App) {
  app.get(
    '/api/events',
    {
      schema: {
        tags,
        summary: 'Kick-off, regional meetings and webinars in date order, with attendance of your states (every signed-in role)',
        querystring: EventQuery,
        response: { 200: EventList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/events/:id',
    { schema: { tags, summary: 'One event with attendance of your states', params: IdParams, response: { 200: Event, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/events',
    { schema: { tags, summary: 'Add an event to a program year (staff)', body: EventCreate, response: { 201: Event, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/events/:id',
    { schema: { tags, summary: 'Edit an event (staff); send the version you read', params: IdParams, body: EventUpdate, response: { 200: Event, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/events/:id',
    { schema: { tags, summary: 'Delete an event and its attendance (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/events/:id/attendance/:stateCode',
    { schema: { tags, summary: "One state's attendance at an event, with its version as ETag", params: AttendanceParams, response: { 200: Attendance, ...errorResponses } } },
    async (request) => service.getAttendance(ctxOf(app, request), request.params.id, request.params.stateCode),
  );
  app.put(
    '/api/events/:id/attendance/:stateCode',
    {
      config: { versionOnUpdate: true },
      schema: {
        tags,
        summary: "Record a state's attendance at an event (staff, or the state's coach); replaces an earlier answer",
        description:
          'The first answer for a state needs no version (two first answers at once: the second is 412). Changing a recorded ' +
          'answer needs the version you read (If-Match or `version`): 428 without it, 412 with `current` when it is stale. ' +
          '`If-Match: *` replaces whatever is recorded.',
        params: AttendanceParams,
        body: AttendanceInput,
        response: { 200: Attendance, ...errorResponses },
      },
    },
    async (request) =>
      service.recordAttendance(ctxOf(app, request), request.params.id, request.params.stateCode, request.body, expectedVersion(request)),
  );
  app.delete(
    '/api/events/:id/attendance/:stateCode',
    { schema: { tags, summary: "Remove a state's attendance record (staff, or the state's coach)", params: AttendanceParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.removeAttendance(ctxOf(app, request), request.params.id, request.params.stateCode);
      return reply.status(204).send(null);
    },
  );
}
