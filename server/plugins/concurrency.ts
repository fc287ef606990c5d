import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, ValidationError } from '../errors.ts';

/**
 * No lost updates. Every record read on its own carries its version as an ETag; every change to a
 * versioned record must say which version it was made from, in If-Match or in the body's `version`.
 * A stale one answers 412 with the record as it is now (read as the same user would read it), so that the
 * client can show what changed and let the user reapply.
 */
export class PreconditionFailedError extends HttpError {
  constructor(message: string) {
    super(412, message);
  }
}
export class PreconditionRequiredError extends HttpError {
  constructor() {
    super(428, 'Say which version you changed: send If-Match with the ETag you read, or the version field');
  }
}

/**
 * `"3"`, `W/"3"` or `3` → 3; `*` → 'any' (RFC 9110: it matches whatever representation is current, so the
 * client explicitly asks to change the record as it is now, without a lost-update check); anything else → null.
 */
export function versionFromIfMatch(header: string | undefined): number | 'any' | null {
  if (/^\s*\*\s*$/.test(header ?? '')) return 'any';
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

/** What a write said about the version it was made from: a number, `If-Match: *`, or nothing. */
export type ExpectedVersion = number | 'any' | undefined;

/** The version a write expects, for a service that decides itself whether one is needed (an upsert). */
export function expectedVersion(request: FastifyRequest): ExpectedVersion {
  const version = (request.body as { version?: unknown } | null)?.version;
  if (typeof version === 'number') return version;
  return request.anyVersion ? 'any' : undefined;
}

export const etagOf = (version: number) => `"${version}"`;

/** Where the current state of the record that a write addressed can be read. */
function currentUrlOf(request: FastifyRequest): string | null {
  const path = request.url.split('?')[0] ?? '';
  // POST /api/milestones/:id/updates changes the milestone itself; PUT /api/assessments/:id/responses the
  // assessment, whose version guards its responses.
  const sub = /^(\/api\/[a-z-]+\/[^/]+)\/(?:updates|responses)$/.exec(path);
  if (sub) return sub[1];
  return request.method === 'PATCH' || request.method === 'PUT' ? path : null;
}

const bodySchema = (request: FastifyRequest) =>
  request.routeOptions.schema?.body as { properties?: Record<string, unknown>; minProperties?: number } | undefined;

const takesVersion = (request: FastifyRequest) => {
  const body = bodySchema(request);
  return Boolean(body?.properties && 'version' in body.properties);
};

async function concurrencyPlugin(app: FastifyInstance) {
  const versionedBody = (request: FastifyRequest) =>
    takesVersion(request) && request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)
      ? (request.body as { version?: unknown })
      : null;

  // If-Match becomes the body's version before validation, so that one rule checks both.
  app.addHook('preValidation', async (request) => {
    const body = versionedBody(request);
    const header = request.headers['if-match'];
    if (!body || header === undefined) return;
    const version = versionFromIfMatch(header);
    if (version === null) throw new PreconditionFailedError('If-Match must be the ETag you read, such as "3", or *');
    if (version === 'any') {
      // A version in the body is the stricter of the two, so it stands.
      if (body.version === undefined) request.anyVersion = true;
      return;
    }
    if (body.version !== undefined && body.version !== version) {
      throw new PreconditionFailedError('If-Match and the version field disagree; send one of them');
    }
    body.version = version;
  });

  // After validation, so that a malformed body still gets its 400 naming the field.
  app.addHook('preHandler', async (request) => {
    const body = versionedBody(request);
    if (!body) return;
    // An upsert (routes marked `versionOnUpdate`) needs a version only to change a row that exists; its service says so.
    if (body.version === undefined && !request.anyVersion && !request.routeOptions.config?.versionOnUpdate) throw new PreconditionRequiredError();
    // The schema's "at least one field" counts `version` too; a change that names nothing else changes nothing.
    if ((bodySchema(request)?.minProperties ?? 0) > 0 && Object.keys(body).every((key) => key === 'version')) {
      throw new ValidationError('body must name at least one field to change besides version');
    }
  });

  app.addHook('preSerialization', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const version = (payload as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && reply.statusCode < 300 && request.method !== 'DELETE') reply.header('etag', etagOf(version));
    return payload;
  });

  app.decorate('currentRecordFor', async (request: FastifyRequest): Promise<unknown> => {
    const url = currentUrlOf(request);
    if (!url) return undefined;
    const headers: Record<string, string> = {};
    if (request.headers.authorization) headers.authorization = request.headers.authorization;
    if (request.headers.cookie) headers.cookie = request.headers.cookie;
    const res = await app.inject({ method: 'GET', url, headers });
    return res.statusCode === 200 ? res.json() : undefined;
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The write sent `If-Match: *`: change the record as it is now. */
    anyVersion?: boolean;
  }
  interface FastifyContextConfig {
    /** A PUT that creates the row when it is missing (no version needed) and changes it otherwise (a version needed). */
    versionOnUpdate?: boolean;
  }
  interface FastifyInstance {
    /** The record a refused write addressed, as the same user reads it now (for a 412 answer). */
    currentRecordFor(request: FastifyRequest): Promise<unknown>;
  }
}

export default fp(concurrencyPlugin, { name: 'concurrency' });
