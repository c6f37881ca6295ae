/**
 * The experts directory of the Integration Lab.
 *
 * Personal data and the audit log. An expert's name, organisation, bio, working languages and contact
 * details (email, phone) are personal data that the GDPR lets the person have erased
 * (`POST /api/v1/experts/{id}/erase`). The audit log is append-only (a trigger refuses UPDATE and DELETE),
 * so nothing written there could ever be erased. Every audit event this module writes therefore stores
 * only the expert's non-personal fields in `before` and `after` ({@link auditSnapshot}: id, region,
 * expertise, contact-consent flag, illustrative flag, deleted flag), plus the names (never the values)
 * of the fields a patch changed and, for link changes, the linked practice ids. The log records who
 * changed an expert and when, not what their name or email was; the current values live only in the
 * `experts` row, which erasure overwrites in place. `GET /api/v1/experts/{id}/personal-data` (admins)
 * exports the row, its practice links and those audit events.
 *
 * Contact details: the public sees them only when the expert consented (the domain's `expertForPublic`);
 * staff who may edit the expert (admin, coordinator, moderator, the editors of its region) see them, and
 * such responses are marked `Cache-Control: private, no-store`.
 */
import {
  expertCreateBodySchema,
  expertDetailResponseSchema,
  expertEraseResponseSchema,
  expertListQuerySchema,
  expertListResponseSchema,
  expertParamsSchema,
  expertPatchBodySchema,
  expertPersonalDataResponseSchema,
  expertPracticesBodySchema,
  type ProblemFieldError,
  problemSchema,
} from '@regin/api-contract';
import type { Executor } from '@regin/db';
import type { Role } from '@regin/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { HttpProblem } from '../../lib/problem.js';
import { assertAccess, type RequestSession, regionWithinScope } from '../../plugins/auth.js';
import {
  auditSnapshot,
  type ExpertRow,
  eraseExpert,
  findExpert,
  insertExpert,
  linkedPracticeIds,
  personalDataOf,
  publishedPractices,
  regionExists,
  replacePracticeLinks,
  searchExperts,
  softDeleteExpert,
  storedPracticeIds,
  toExpertResponse,
  toPublicExpert,
  unknownPracticeIds,
  updateExpert,
} from './repository.js';

const EDITORS: readonly Role[] = ['admin', 'coordinator', 'moderator', 'regional_editor'];
const UNSCOPED_EDITORS: readonly Role[] = ['admin', 'coordinator', 'moderator'];
const ADMINS: readonly Role[] = ['admin'];
const ENTITY = 'expert';

const writeResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  422: problemSchema,
};

/** An expert without a region can be edited by unscoped staff only. */
const regionOf = (row: Pick<ExpertRow, 'regionCode'>) => row.regionCode ?? 'none';

/** Staff who may edit this expert also see their contact details. */
function mayEdit(session: RequestSession | null, regionCode: string | null): boolean {
  if (!session) return false;
  const { roles, regions } = session.user;
  if (roles.some((role) => UNSCOPED_EDITORS.includes(role))) return true;
  return roles.includes('regional_editor') && regionCode !== null && regionWithinScope(regionCode, regions);
}

function privateResponse(reply: FastifyReply) {
  reply.header('cache-control', 'private, no-store');
}

function unknownPracticesProblem(ids: readonly string[], unknown: readonly string[]) {
  const errors: ProblemFieldError[] = ids.flatMap((id, index) =>
    unknown.includes(id)
      ? [
          {
            in: 'body',
            field: `practiceIds.${index}`,
            pointer: `/practiceIds/${index}`,
            detail: `no practice ${id}`,
          },
        ]
      : [],
  );
  return new HttpProblem('unprocessable', `Unknown practice(s): ${unknown.join(', ')}`, errors);
}

function unknownRegionProblem(code: string) {
  return new HttpProblem('unprocessable', `No region ${code}`, [
    { in: 'body', field: 'regionCode', pointer: '/regionCode', detail: 'is not a known region' },
  ]);
}

export async function expertRoutes(app: App) {
  /** The expert with the practices the reader may see; contact details by {@link mayEdit}. */
  async function detailOf(executor: Executor, row: ExpertRow, staff: boolean) {
    const links = (await linkedPracticeIds(executor, [row.id])).get(row.id) ?? [];
    const expert = toExpertResponse(
      row,
      links.filter((link) => staff || link.published).map((link) => link.id),
    );
    return {
      ...(staff ? expert : toPublicExpert(expert)),
      practices: await publishedPractices(executor, row.id),
    };
  }

  /**
   * Runs after the role guard, before validation: a regional editor learns nothing about their body
   * when the expert belongs to another region. The write re-checks on the locked row.
   */
  async function expertRegionGuard(request: FastifyRequest) {
    const session = request.session;
    if (!session || session.user.roles.some((role) => UNSCOPED_EDITORS.includes(role))) return;
    const id = z.uuid().safeParse((request.params as { id?: unknown }).id);
    if (!id.success) return;
    const row = await findExpert(app.db, id.data);
    if (row) assertAccess(session, EDITORS, [regionOf(row)]);
  }

  async function lockExpert(executor: Executor, id: string, includeDeleted = false) {
    const row = await findExpert(executor, id, { forUpdate: true, includeDeleted });
    if (!row) throw new HttpProblem('not-found', `No expert ${id}`);
    return row;
  }

  app.get(
    '/api/v1/experts',
    {
      schema: {
        tags: ['experts'],
        summary: 'Search the experts directory',
        description:
          '`q` matches every word in name, organisation and bio, ignoring case and accents. Filters take ' +
          'comma-separated values (any of them); `region` includes NUTS sub-regions. Facet counts apply every ' +
          'filter except their own. Contact details only with the expert’s consent.',
        querystring: expertListQuerySchema,
        response: { 200: expertListResponseSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const { rows, total, facets } = await searchExperts(app.db, query);
      const links = await linkedPracticeIds(
        app.db,
        rows.map((row) => row.id),
      );
      let anyPrivate = false;
      const items = rows.map((row) => {
        const staff = mayEdit(request.session, row.regionCode);
        anyPrivate ||= staff;
        const expert = toExpertResponse(
          row,
          (links.get(row.id) ?? []).filter((link) => staff || link.published).map((link) => link.id),
        );
        return staff ? expert : toPublicExpert(expert);
      });
      if (anyPrivate) privateResponse(reply);
      return { items, total, limit: query.limit, offset: query.offset, facets };
    },
  );

  app.get(
    '/api/v1/experts/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'One expert with their published practices',
        params: expertParamsSchema,
        response: { 200: expertDetailResponseSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await findExpert(app.db, request.params.id);
      if (!row) throw new HttpProblem('not-found', `No expert ${request.params.id}`);
      const staff = mayEdit(request.session, row.regionCode);
      if (staff) privateResponse(reply);
      return detailOf(app.db, row, staff);
    },
  );

  app.post(
    '/api/v1/experts',
    {
      config: {
        access: {
          roles: EDITORS,
          regions: (request) => {
            const code = (request.body as { regionCode?: unknown } | undefined)?.regionCode;
            return typeof code === 'string' ? [code] : [];
          },
        },
      },
      schema: {
        tags: ['experts'],
        summary: 'Add an expert to the directory',
        description: 'Admins, coordinators and moderators; regional editors for experts of their regions.',
        security: [{ session: [], csrf: [] }],
        body: expertCreateBodySchema,
        response: { 201: expertDetailResponseSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      assertAccess(request.session, EDITORS, [body.regionCode]);
      const actor = request.session!.user;
      const created = await app.db.transaction(async (tx) => {
        if (!(await regionExists(tx, body.regionCode))) throw unknownRegionProblem(body.regionCode);
        const unknown = await unknownPracticeIds(tx, body.practiceIds);
        if (unknown.length > 0) throw unknownPracticesProblem(body.practiceIds, unknown);
        const row = await insertExpert(tx, body);
        if (body.practiceIds.length > 0) await replacePracticeLinks(tx, row.id, body.practiceIds);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'create',
          entityType: ENTITY,
          entityId: row.id,
          after: { ...auditSnapshot(row), practiceIds: [...body.practiceIds].sort() },
        });
        return detailOf(tx, row, true);
      });
      privateResponse(reply);
      return reply.code(201).header('location', `/api/v1/experts/${created.id}`).send(created);
    },
  );

  app.patch(
    '/api/v1/experts/:id',
    {
      config: { access: { roles: EDITORS } },
      preValidation: expertRegionGuard,
      schema: {
        tags: ['experts'],
        summary: "Change an expert's profile, expertise, languages or contact details",
        description:
          'Lists inside `expertise` replace the stored ones; `contact` replaces both email and phone. ' +
          'Regional editors edit experts of their regions and may not move them elsewhere.',
        security: [{ session: [], csrf: [] }],
        params: expertParamsSchema,
        body: expertPatchBodySchema,
        response: { 200: expertDetailResponseSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
      const actor = request.session!.user;
      const result = await app.db.transaction(async (tx) => {
        const before = await lockExpert(tx, id);
        const touched = [regionOf(before), ...(body.regionCode ? [body.regionCode] : [])];
        assertAccess(request.session, EDITORS, [...new Set(touched)]);
        if (body.regionCode && !(await regionExists(tx, body.regionCode))) {
          throw unknownRegionProblem(body.regionCode);
        }
        const after = await updateExpert(tx, id, body);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: ENTITY,
          entityId: id,
          before: auditSnapshot(before),
          // Field names only: the values may be personal data.
          after: { ...auditSnapshot(after), changedFields: Object.keys(body).sort() },
        });
        return detailOf(tx, after, true);
      });
      privateResponse(reply);
      return result;
    },
  );

  app.delete(
    '/api/v1/experts/:id',
    {
      config: { access: { roles: EDITORS } },
      preValidation: expertRegionGuard,
      schema: {
        tags: ['experts'],
        summary: 'Remove an expert from the directory (soft delete; the row stays for the audit trail)',
        security: [{ session: [], csrf: [] }],
        params: expertParamsSchema,
        response: { 204: z.null().describe('Removed'), ...writeResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = request.session!.user;
      await app.db.transaction(async (tx) => {
        const before = await lockExpert(tx, id);
        assertAccess(request.session, EDITORS, [regionOf(before)]);
        const after = await softDeleteExpert(tx, id);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'delete',
          entityType: ENTITY,
          entityId: id,
          before: auditSnapshot(before),
          after: auditSnapshot(after),
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/experts/:id/practices',
    {
      config: { access: { roles: EDITORS } },
      preValidation: expertRegionGuard,
      schema: {
        tags: ['experts'],
        summary: 'Set the practices an expert was involved in (replaces the list)',
        description:
          'Any existing, not deleted practice may be linked; the public sees the published ones only.',
        security: [{ session: [], csrf: [] }],
        params: expertParamsSchema,
        body: expertPracticesBodySchema,
        response: { 200: expertDetailResponseSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { practiceIds } = request.body;
      const actor = request.session!.user;
      const result = await app.db.transaction(async (tx) => {
        const row = await lockExpert(tx, id);
        assertAccess(request.session, EDITORS, [regionOf(row)]);
        const unknown = await unknownPracticeIds(tx, practiceIds);
        if (unknown.length > 0) throw unknownPracticesProblem(practiceIds, unknown);
        const beforeIds = await storedPracticeIds(tx, id);
        await replacePracticeLinks(tx, id, practiceIds);
        const after = await lockExpert(tx, id);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: ENTITY,
          entityId: id,
          before: { ...auditSnapshot(row), practiceIds: beforeIds },
          after: { ...auditSnapshot(after), practiceIds: [...practiceIds].sort() },
        });
        return detailOf(tx, after, true);
      });
      privateResponse(reply);
      return result;
    },
  );

  app.get(
    '/api/v1/experts/:id/personal-data',
    {
      config: { access: { roles: ADMINS } },
      schema: {
        tags: ['experts'],
        summary: 'Everything stored about one expert (GDPR access request; admins)',
        description:
          'The row (deleted or erased ones too), every practice link and the audit events about the expert.',
        security: [{ session: [] }],
        params: expertParamsSchema,
        response: {
          200: expertPersonalDataResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const data = await personalDataOf(app.db, request.params.id);
      if (!data) throw new HttpProblem('not-found', `No expert ${request.params.id}`);
      privateResponse(reply);
      reply.header('content-disposition', `attachment; filename="expert-${request.params.id}.json"`);
      return data;
    },
  );

  app.post(
    '/api/v1/experts/:id/erase',
    {
      config: { access: { roles: ADMINS } },
      schema: {
        tags: ['experts'],
        summary: "Erase an expert's personal data (GDPR erasure; admins)",
        description:
          'In one transaction: name becomes "Erased expert"; organisation, bio, email and phone are removed; ' +
          'consent is withdrawn; practice links are removed; the expert is soft-deleted. Region and expertise ' +
          'remain. The audit event records no personal data. Erasing again is harmless.',
        security: [{ session: [], csrf: [] }],
        params: expertParamsSchema,
        response: {
          200: expertEraseResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = request.session!.user;
      return app.db.transaction(async (tx) => {
        const before = await lockExpert(tx, id, true);
        const after = await eraseExpert(tx, before);
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'delete',
          entityType: ENTITY,
          entityId: id,
          before: auditSnapshot(before),
          after: { ...auditSnapshot(after), erased: true },
        });
        return { id, erased: true as const, erasedAt: new Date(after.updatedAt).toISOString() };
      });
    },
  );
}
