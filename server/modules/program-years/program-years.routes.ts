import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { Activity, ActivityCreate, ActivityUpdate, YearCreate, YearDetail, YearList, YearQuery, YearUpdate } from './program-years.schemas.ts';
import * as service from './program-years.service.ts';
import { RolloverInput, RolloverPreview, RolloverQuery } from './rollover.schemas.ts';
import * as rollover from './rollover.service.ts';

const tags = ['program years'];

export default async function programYearsRoutes(app: App) {
  app.get(
    '/api/program-years',
    { schema: { tags, summary: 'Program years, newest first (every signed-in role)', querystring: YearQuery, response: { 200: YearList, 400: ErrorBody, 401: ErrorBody } } },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/program-years/:id',
    { schema: { tags, summary: 'One program year with its timeline activities in date order', params: IdParams, response: { 200: YearDetail, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/program-years',
    {
      schema: {
        tags,
        summary: "Set up a program year (staff); a year starting 1 August without activities gets the kick-off deck's timeline",
        body: YearCreate,
        response: { 201: YearDetail, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/program-years/:id',
    { schema: { tags, summary: 'Rename or move a program year (staff); it may not shrink past its records', params: IdParams, body: YearUpdate, response: { 200: YearDetail, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/program-years/:id',
    { schema: { tags, summary: 'Delete a program year with no participating states (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/program-years/:id/rollover',
    {
      schema: {
        tags,
        summary: 'Preview starting the next year from this one (staff): its dates, timeline, events, states, pairings and teams; 409 if it exists',
        params: IdParams,
        querystring: RolloverQuery,
        response: { 200: RolloverPreview, ...errorResponses },
      },
    },
    async (request) => rollover.preview(ctxOf(app, request), request.params.id, request.query.name),
  );
  app.post(
    '/api/program-years/:id/rollover',
    {
      schema: {
        tags,
        summary: 'Start the next year from this one (staff): timeline shifted a year, pairings and teams copied for review, plans left behind',
        params: IdParams,
        body: RolloverInput,
        response: { 201: YearDetail, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await rollover.rollover(ctxOf(app, request), request.params.id, request.body ?? {})),
  );

  app.post(
    '/api/program-years/:id/activities',
    { schema: { tags, summary: "Add an activity to a year's timeline (staff)", params: IdParams, body: ActivityCreate, response: { 201: Activity, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.createActivity(ctxOf(app, request), request.params.id, request.body)),
  );
  app.get(
    '/api/timeline-activities/:id',
    { schema: { tags, summary: 'One timeline activity', params: IdParams, response: { 200: Activity, ...errorResponses } } },
    async (request) => service.getActivity(ctxOf(app, request), request.params.id),
  );
  app.patch(
    '/api/timeline-activities/:id',
    { schema: { tags, summary: 'Edit a timeline activity (staff); send the version you read', params: IdParams, body: ActivityUpdate, response: { 200: Activity, ...errorResponses } } },
    async (request) => service.updateActivity(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/timeline-activities/:id',
    { schema: { tags, summary: 'Remove a timeline activity (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.removeActivity(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
