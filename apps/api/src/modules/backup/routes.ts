import { exportBundleSchema, problemSchema } from '@regin/api-contract';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { exportBundle, importBundle } from '../../lib/backup.js';

export async function backupRoutes(app: App) {
  app.get(
    '/api/v1/export',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['system'],
        summary:
          'Download the whole database as a portable JSON bundle (admins; includes password hashes, keep it safe)',
        security: [{ session: [] }],
      },
    },
    async (_request, reply) => {
      const bundle = await exportBundle(app.db);
      return reply
        .type('application/json')
        .header(
          'content-disposition',
          `attachment; filename="regin-lab-${bundle.exportedAt.slice(0, 10)}.json"`,
        )
        .header('cache-control', 'no-store')
        .send(JSON.stringify(bundle));
    },
  );

  app.post(
    '/api/v1/import',
    {
      config: { access: { roles: ['admin'] } },
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ['system'],
        summary: 'Restore an export bundle into an empty instance (admins; all or nothing)',
        security: [{ session: [], csrf: [] }],
        body: exportBundleSchema,
        response: {
          201: z.object({ tables: z.record(z.string(), z.number()) }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await importBundle(app.db, request.body, request.session!.user.id)),
  );
}
