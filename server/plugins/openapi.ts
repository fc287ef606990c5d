import fastifySwagger, { type StaticDocumentSpec } from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { completeDocument, transformRoute } from './openapi-document.ts';
import { nameExportedSchemas } from '../lib/schema-names.ts';

const DOCS_PREFIX = '/api/docs';

/** Headers of the docs app's answer that belong to its own connection, not to the one we answer on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/**
 * The OpenAPI document is written from the route schemas: /api/docs (UI), /api/docs/json and /api/docs/yaml.
 * @fastify/swagger collects the routes as they are registered, so it is registered at start. The pages
 * (swagger-ui, its assets and its routes) are a small app of their own, built on the first request under
 * /api/docs: loading and registering them cost every start about a tenth of a second, for a page few open.
 */
async function openapiPlugin(app: FastifyInstance, opts: { publicUrl?: string }) {
  nameExportedSchemas();
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Coaching-engagement tracker API',
        version: '1.0.0',
        // No open licence: the tracker is the TA project's own (SPDX's form for a licence of one's own).
        license: { name: 'Proprietary: for the use of the TA project that runs this tracker', identifier: 'LicenseRef-Proprietary' },
        contact: { name: 'The TA project staff who run this tracker', url: opts.publicUrl ?? 'http://127.0.0.1:3000' },
        description:
          'Coaching calls, site visits, readiness assessments, project plans and cross-state progress for an intensive state TA program year. Sign in with POST /api/auth/login, then send the token as `Authorization: Bearer <token>` (or rely on the session cookie).',
      },
      servers: [{ url: opts.publicUrl ?? 'http://127.0.0.1:3000', description: 'This tracker' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'tracker_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: transformRoute as never,
    transformObject: (documents) => completeDocument((documents as { openapiObject: Record<string, unknown> }).openapiObject) as never,
  });

  let docsApp: Promise<FastifyInstance> | undefined;
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    // Built once, after every route is registered; a failed build is retried on the next request.
    docsApp ??= buildDocsApp(app.swagger() as StaticDocumentSpec['document']).catch((error: unknown) => {
      docsApp = undefined;
      throw error;
    });
    const answer = await (await docsApp).inject({ method: 'GET', url: request.url, headers: request.headers });
    // No such page or asset: the app's own 404, as for any other unknown URL.
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) reply.header(name, value);
    }
    reply.status(answer.statusCode);
    return answer.rawPayload.length > 0 ? reply.send(answer.rawPayload) : reply.send();
  };
  // The documentation is public: it describes routes, it holds no data.
  app.get(DOCS_PREFIX, { config: { public: true }, schema: { hide: true } }, forward);
  app.get(`${DOCS_PREFIX}/*`, { config: { public: true }, schema: { hide: true } }, forward);
}

/** swagger-ui over the app's OpenAPI document (@fastify/swagger's static mode serves a given document). */
async function buildDocsApp(document: StaticDocumentSpec['document']): Promise<FastifyInstance> {
  const { default: fastifySwaggerUi } = await import('@fastify/swagger-ui');
  const docs = Fastify({ logger: false });
  await docs.register(fastifySwagger, { mode: 'static', specification: { document } });
  await docs.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list' } });
  await docs.ready();
  return docs;
}

export default fp(openapiPlugin, { name: 'openapi' });
