import { ctxOf } from '../../lib/context.ts';
import { ErrorBody } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { ProgressQuery, ProgressView } from './progress.schemas.ts';
import { crossStateProgress } from './progress.service.ts';

export default async function progressRoutes(app: App) {
  app.get(
    '/api/progress',
    {
      schema: {
        tags: ['progress'],
        summary: 'Cross-state progress for a program year (default: the current one), limited to your states',
        querystring: ProgressQuery,
        response: { 200: ProgressView, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { programYear, ...filter } = request.query;
      return crossStateProgress(ctxOf(app, request), programYear, filter);
    },
  );
}
