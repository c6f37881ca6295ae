import { auditListQuerySchema, auditListResponseSchema, problemSchema } from '@regin/api-contract';
import { auditEvents } from '@regin/db';
import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { App } from '../../lib/app-types.js';

export async function auditRoutes(app: App) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: { roles: ['admin', 'coordinator'] } },
      schema: {
        tags: ['audit'],
        summary: 'Read the audit log, newest first (admins and coordinators)',
        security: [{ session: [] }],
        querystring: auditListQuerySchema,
        response: {
          200: auditListResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const filters: SQL[] = [];
      if (q.actorId) filters.push(eq(auditEvents.actorId, q.actorId));
      if (q.entityType) filters.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) filters.push(eq(auditEvents.entityId, q.entityId));
      if (q.action) filters.push(eq(auditEvents.action, q.action));
      if (q.from) filters.push(gte(auditEvents.at, q.from));
      if (q.to) filters.push(lte(auditEvents.at, q.to));
      const where = filters.length ? and(...filters) : undefined;
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.id))
          .limit(q.limit)
          .offset(q.offset),
        app.db.select({ value: count() }).from(auditEvents).where(where),
      ]);
      return {
        items: rows.map((row) => ({
          ...row,
          action: row.action as (typeof row)['action'] & never,
          at: new Date(row.at).toISOString(),
        })),
        total: total?.value ?? 0,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );
}
