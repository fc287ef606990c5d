import { ctxOf } from '../../lib/context.ts';
import { ErrorBody } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { SearchQuery, SearchResults } from './search.schemas.ts';
import * as service from './search.service.ts';

export default async function searchRoutes(app: App) {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search across notes, action items, plan comments and assessment evidence in your states, best match first',
        querystring: SearchQuery,
        response: { 200: SearchResults, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => service.find(ctxOf(app, request), request.query),
  );
}
