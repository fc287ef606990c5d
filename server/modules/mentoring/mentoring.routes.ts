import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import {
  Exchange,
  ExchangeCreate,
  MentoringPairCreate,
  MentoringPairDetail,
  MentoringPairList,
  MentoringPairQuery,
  MentoringPairUpdate,
  MentoringSuggestionList,
  SuggestionQuery,
} from './mentoring.schemas.ts';
import * as service from './mentoring.service.ts';
import { suggestions } from './suggestions.service.ts';

const tags = ['peer mentoring'];

export default async function mentoringRoutes(app: App) {
  app.get(
    '/api/mentoring-pairs',
    {
      schema: {
        tags,
        summary: 'Peer-mentoring pairs with at least one of your states',
        querystring: MentoringPairQuery,
        response: { 200: MentoringPairList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/mentoring-suggestions',
    {
      schema: {
        tags,
        summary: 'Suggested pairs from the baseline assessments: one state established where the other marked a priority (staff)',
        querystring: SuggestionQuery,
        response: { 200: MentoringSuggestionList, ...errorResponses },
      },
    },
    async (request) => suggestions(ctxOf(app, request), request.query.programYear),
  );
  app.get(
    '/api/mentoring-pairs/:id',
    { schema: { tags, summary: 'One mentoring pair with its exchanges in date order', params: IdParams, response: { 200: MentoringPairDetail, ...errorResponses } } },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/mentoring-pairs',
    { schema: { tags, summary: 'Pair two states for peer mentoring in a year (staff)', body: MentoringPairCreate, response: { 201: MentoringPairDetail, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.patch(
    '/api/mentoring-pairs/:id',
    {
      schema: { tags, summary: "Change a pair's focus (staff); send the version you read", params: IdParams, body: MentoringPairUpdate, response: { 200: MentoringPairDetail, ...errorResponses } },
    },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/mentoring-pairs/:id',
    { schema: { tags, summary: 'Delete a mentoring pair and its exchanges (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/mentoring-pairs/:id/exchanges',
    {
      schema: {
        tags,
        summary: 'Log an exchange between the two states (staff, or a coach of either state)',
        params: IdParams,
        body: ExchangeCreate,
        response: { 201: Exchange, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.addExchange(ctxOf(app, request), request.params.id, request.body)),
  );
  app.delete(
    '/api/mentoring-exchanges/:id',
    { schema: { tags, summary: 'Delete a logged exchange (staff, or a coach of either state)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.removeExchange(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
