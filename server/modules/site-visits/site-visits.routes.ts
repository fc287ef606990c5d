import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { SiteVisit, SiteVisitCreate, SiteVisitList, SiteVisitQuery, SiteVisitUpdate } from './site-visits.schemas.ts';
import * as service from './site-visits.service.ts';

const tags = ['site visits'];

export default async function siteVisitsRoutes(app: App) {
  app.get(
    '/api/site-visits',
    {
      schema: {
        tags,
        summary: 'Site visits in your states, by first day (undated proposals last)',
        querystring: SiteVisitQuery,
        response: { 200: SiteVisitList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/site-visits/:id',
    { schema: { tags, summary: 'One site visit with its follow-ups', params: IdParams, response: { 200: SiteVisit, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/site-visits',
    {
      schema: {
        tags,
        summary: 'Propose, schedule or write up a site visit with its follow-ups (staff, or the paired coach)',
        body: SiteVisitCreate,
        response: { 201: SiteVisit, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/site-visits/:id',
    { schema: { tags, summary: 'Edit a site visit; send the version you read', params: IdParams, body: SiteVisitUpdate, response: { 200: SiteVisit, ...errorResponses } } },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/site-visits/:id',
    { schema: { tags, summary: 'Delete a site visit and its follow-ups', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
