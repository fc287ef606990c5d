import { extname } from 'node:path';
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError, TooManyRequestsError } from '../errors.ts';
import { PreconditionFailedError } from './concurrency.ts';
import { describeDbError } from '../lib/db-errors.ts';

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  428: 'Precondition Required',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const body = (statusCode: number, message: string) => ({ statusCode, error: reasons[statusCode] ?? 'Error', message });

/** The innermost message of an error chain (the driver's, not the query text drizzle wraps around it). */
function rootMessage(error: unknown): string {
  let current = error as { message?: string; cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && current?.cause && typeof current.cause === 'object'; depth += 1) current = current.cause as typeof current;
  return String(current?.message ?? 'unknown');
}

/** One place that turns every failure into Fastify-shaped JSON; 5xx answers say nothing about internals. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof PreconditionFailedError) {
      const current = await app.currentRecordFor(request).catch(() => undefined);
      if (current && typeof current === 'object' && 'version' in current) reply.header('etag', `"${current.version}"`);
      return reply.status(412).send({ ...body(412, error.message), ...(current === undefined ? {} : { current }) });
    }
    if (error instanceof TooManyRequestsError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof HttpError) return reply.status(error.statusCode).send(body(error.statusCode, error.message));
    if (error.validation) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'request';
      const field = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : '';
      const extra = first?.keyword === 'additionalProperties' ? ` (${(first.params as { additionalProperty?: string }).additionalProperty})` : '';
      const name = field ? `${where}.${field}` : where;
      return reply.status(400).send(body(400, `${name} ${first?.message ?? 'is invalid'}${extra}`));
    }
    const db = describeDbError(error);
    if (db) {
      // One short line per refused request: an outage must not flood the log with query texts.
      if (db.status >= 500) request.log.warn({ cause: rootMessage(error) }, 'database unavailable');
      return reply.status(db.status).send(body(db.status, db.message));
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send(body(500, 'Something went wrong on our side; it has been logged'));
    }
    return reply.status(status).send(body(status, error.message));
  });
}

/**
 * A deep link of the dashboard, spelled as its own links spell it: clean segments (none starting with a dot, no
 * percent-encoding, doubled slashes or `;`), the first neither `api` nor `_app` in any case, no file extension.
 * Any other spelling is not a page: it answers a JSON 404, so that no variant of an API path answers 2xx.
 */
export function isDashboardPath(url: string): boolean {
  if (!/^(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/.test(url)) return false;
  const first = (url.split('/')[1] ?? '').toLowerCase();
  return first !== 'api' && first !== '_app' && !extname(url);
}

/**
 * The one not-found handler (Fastify allows one per prefix). With the dashboard served, a GET for a page
 * path answers the single-page app's index.html so that deep links work; everything else is a JSON 404.
 */
export function installNotFoundHandler(app: FastifyInstance, options: { spaIndex: boolean }) {
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (options.spaIndex && request.method === 'GET' && isDashboardPath(url)) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(body(404, `No route for ${request.method} ${url}`));
  });
}
