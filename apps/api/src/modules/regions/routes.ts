import {
  problemSchema,
  regionListQuerySchema,
  regionListResponseSchema,
  regionParamsSchema,
  regionPatchBodySchema,
  regionResponseSchema,
} from '@regin/api-contract';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { HttpProblem } from '../../lib/problem.js';
import { findRegion, findRegionForUpdate, listRegions, updateRegion } from './repository.js';

export async function regionRoutes(app: App) {
  app.get(
    '/api/v1/regions',
    {
      schema: {
        tags: ['regions'],
        summary: 'List regions (NUTS 2021 and registered non-NUTS regions)',
        querystring: regionListQuerySchema,
        response: { 200: regionListResponseSchema, 400: problemSchema },
      },
    },
    async (request) => listRegions(app.db, request.query),
  );

  app.get(
    '/api/v1/regions/:code',
    {
      schema: {
        tags: ['regions'],
        summary: 'One region with its profile, competences and network role',
        params: regionParamsSchema,
        response: { 200: regionResponseSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const region = await findRegion(app.db, request.params.code);
      if (!region) throw new HttpProblem('not-found', `No region with code ${request.params.code}`);
      return region;
    },
  );

  app.patch(
    '/api/v1/regions/:code',
    {
      config: {
        access: {
          roles: ['admin', 'coordinator', 'regional_editor'],
          regions: (request) => [String((request.params as { code?: string }).code ?? '')],
        },
      },
      schema: {
        tags: ['regions'],
        summary: "Change a region's profile, competences or network role",
        description: 'Admins and coordinators may edit any region; regional editors only their own regions.',
        security: [{ session: [], csrf: [] }],
        params: regionParamsSchema,
        body: regionPatchBodySchema,
        response: {
          200: regionResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const { code } = request.params;
      const actor = request.session!.user;
      // The network role is the network's decision, not the region's own.
      if (
        request.body.networkRole !== undefined &&
        !actor.roles.some((r) => r === 'admin' || r === 'coordinator')
      ) {
        throw new HttpProblem('forbidden', 'Only admins and coordinators may change a network role', [
          {
            in: 'body',
            field: 'networkRole',
            pointer: '/networkRole',
            detail: 'needs the admin or coordinator role',
          },
        ]);
      }
      return app.db.transaction(async (tx) => {
        const before = await findRegionForUpdate(tx, code);
        if (!before) throw new HttpProblem('not-found', `No region with code ${code}`);
        const after = await updateRegion(tx, code, request.body);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'region',
          entityId: code,
          before,
          after,
        });
        return after;
      });
    },
  );
}
