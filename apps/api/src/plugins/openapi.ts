import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { SESSION_COOKIE } from '@regin/api-contract';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json, with Swagger UI at /api/docs. */
export const openapiPlugin = fp<{ version: string }>(async (app: FastifyInstance, { version }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'REGIN Lab API',
        version,
        description:
          'Open data and workspace API of REGIN Lab: regions, MIPEX-R indicators, integration practices, actions and evaluations. ' +
          'Errors are RFC 9457 problem+json. Writes made with the session cookie need the X-CSRF-Token header.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      tags: [
        { name: 'system', description: 'Health and documentation' },
        { name: 'auth', description: 'Sessions' },
        { name: 'regions', description: 'Region registry and profiles' },
        { name: 'audit', description: 'Append-only audit log' },
        { name: 'indicators', description: 'MIPEX-R frameworks, assessments and scores' },
        { name: 'outcomes', description: 'Outcome statistics (Eurostat) and their gaps' },
        { name: 'practices', description: 'Integration Lab: practices, search, moderation, exports' },
        { name: 'actions', description: 'Integration actions, KPIs, evaluations, policy briefs' },
        { name: 'toolkit', description: 'Training modules for stakeholders and regional staff' },
        { name: 'experts', description: 'Experts directory of the Integration Lab; GDPR export and erasure' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: false,
    uiConfig: { deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
