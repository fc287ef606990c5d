import { errorResponses } from '../../lib/schemas.ts';
import { ctxOf } from '../../lib/context.ts';
import type { App } from '../../lib/types.ts';
import { StateParams } from '../states/states.schemas.ts';
import { AgendaDraft, AgendaDraftQuery } from './agenda.schemas.ts';
import { agendaDraft } from './agenda.service.ts';

export default async function agendaRoutes(app: App) {
  app.get(
    '/api/states/:code/agenda-draft',
    {
      schema: {
        tags: ['calls'],
        summary: 'A draft agenda for the state’s next call (before = its day): open action items, slipped milestones, uncovered priorities, upcoming activities',
        params: StateParams,
        querystring: AgendaDraftQuery,
        response: { 200: AgendaDraft, ...errorResponses },
      },
    },
    async (request) => agendaDraft(ctxOf(app, request), request.params.code, request.query),
  );
}
