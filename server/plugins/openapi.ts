import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The OpenAPI document is written from the route schemas: /api/docs (UI) and /api/docs/json. */
async function openapiPlugin(app: FastifyInstance) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Coaching-engagement tracker API',
        version: '1.0.0',
        description:
          'Coaching calls, site visits, readiness assessments, project plans and cross-state progress for an intensive state TA program year. Sign in with POST /api/auth/login, then send the token as `Authorization: Bearer <token>` (or rely on the session cookie).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'tracker_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
}

export default fp(openapiPlugin, { name: 'openapi' });
