import { ctxOf } from '../../lib/context.ts';
import { ErrorBody, IdParams } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { CrossStateReport, StateReport, StateReportParams, StateReportQuery } from './reports.schemas.ts';
import { crossStateReport, stateReport } from './reports.service.ts';

const tags = ['reports'];
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

export default async function reportsRoutes(app: App) {
  app.get(
    '/api/reports/states/:code',
    {
      schema: {
        tags,
        summary: "A state's year-end report: assessment growth, engagement against the timeline, milestones (default: the current year)",
        params: StateReportParams,
        querystring: StateReportQuery,
        response: { 200: StateReport, ...errors },
      },
    },
    async (request) => stateReport(ctxOf(app, request), request.params.code, request.query.programYear),
  );
  app.get(
    '/api/reports/program-years/:id',
    {
      schema: {
        tags,
        summary: 'The year-end report across your states: headline figures per state, totals and growth by domain',
        params: IdParams,
        response: { 200: CrossStateReport, ...errors },
      },
    },
    async (request) => crossStateReport(ctxOf(app, request), request.params.id),
  );
}
