import { healthResponseSchema } from '@regin/api-contract';
import type { App } from '../../lib/app-types.js';

export async function healthRoutes(app: App, options: { version: string }) {
  const started = Date.now();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: healthResponseSchema, 503: healthResponseSchema },
      },
    },
    async (_request, reply) => {
      const began = performance.now();
      let ok = true;
      try {
        await app.database.ping();
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        version: options.version,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        database: {
          driver: app.database.driver,
          status: ok ? ('ok' as const) : ('unreachable' as const),
          ...(ok ? { latencyMs: Math.round((performance.now() - began) * 100) / 100 } : {}),
        },
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
}
