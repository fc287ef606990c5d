import { ctxOf } from '../../lib/context.ts';
import { ErrorBody, IdParams, NoContent, errorResponses } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import {
  Assessment,
  AssessmentCreate,
  AssessmentList,
  AssessmentQuery,
  AssessmentUpdate,
  Growth,
  GrowthQuery,
  ResponsesInput,
} from './assessments.schemas.ts';
import * as service from './assessments.service.ts';

const tags = ['assessments'];

export default async function assessmentsRoutes(app: App) {
  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'Readiness assessments in your states, with average ratings per domain',
        querystring: AssessmentQuery,
        response: { 200: AssessmentList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.list(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/assessments/growth',
    {
      schema: {
        tags,
        summary: 'Baseline beside reassessment for a state and year: average per domain and the change',
        querystring: GrowthQuery,
        response: { 200: Growth, ...errorResponses },
      },
    },
    async (request) => service.growth(ctxOf(app, request), request.query),
  );
  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'One assessment with its instrument’s domains and indicators, the responses and the scores per domain',
        params: IdParams,
        response: { 200: Assessment, ...errorResponses },
      },
    },
    async (request) => service.get(ctxOf(app, request), request.params.id),
  );
  app.post(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'Start a baseline or a reassessment (staff, the paired coach, or the state lead)',
        body: AssessmentCreate,
        response: { 201: Assessment, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(ctxOf(app, request), request.body)),
  );
  app.put(
    '/api/assessments/:id/responses',
    {
      schema: {
        tags,
        summary: 'Rate indicators (1–4) with evidence and a priority flag; inserts or updates each response; send the assessment’s version you read',
        description: 'The assessment’s version guards its responses: every save of responses moves it on, so a stale one answers 412 with the assessment as it is now.',
        params: IdParams,
        body: ResponsesInput,
        response: { 200: Assessment, ...errorResponses },
      },
    },
    async (request) => service.saveResponses(ctxOf(app, request), request.params.id, request.body),
  );
  app.patch(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Complete or reopen an assessment, or change its dates; send the version you read',
        params: IdParams,
        body: AssessmentUpdate,
        response: { 200: Assessment, ...errorResponses },
      },
    },
    async (request) => service.update(ctxOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/assessments/:id',
    { schema: { tags, summary: 'Delete an assessment and its responses (staff)', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await service.remove(ctxOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
