import {
  autocompleteQuerySchema,
  moderationActionParamsSchema,
  moderationQuerySchema,
  practiceCreateBodySchema,
  practiceIdParamsSchema,
  practicePatchBodySchema,
  practiceResponseSchema,
  practiceSearchQuerySchema,
  practiceSearchResponseSchema,
  practiceSubmissionBodySchema,
  problemSchema,
  rejectBodySchema,
  requestChangesBodySchema,
} from '@regin/api-contract';
import { practices, practiceVersions, queryRows } from '@regin/db';
import { POLICY_AREAS, PRACTICE_TARGET_GROUPS, practiceSchema, type Role } from '@regin/domain';
import { createRegistry } from '@regin/geo';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { fieldError, HttpProblem } from '../../lib/problem.js';
import { assertAccess, type RequestSession, regionWithinScope } from '../../plugins/auth.js';
import { exportRoutes } from './exports.js';
import {
  assertRegionsExist,
  contentOf,
  findPractice,
  practiceFromRow,
  publicPractice,
  saveVersion,
} from './repository.js';
import { PUBLISHED, searchPractices, sqlArray } from './search.js';

const WRITERS: readonly Role[] = ['admin', 'coordinator', 'moderator', 'regional_editor'];
const MODERATORS: readonly Role[] = ['admin', 'coordinator', 'moderator'];
const writeResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const registry = createRegistry();

/** Staff see unpublished practices of regions they may edit; moderators, coordinators and admins see all. */
function mayReadUnpublished(session: RequestSession | null, regionCodes: readonly string[]): boolean {
  if (!session) return false;
  const roles = session.user.roles;
  if (roles.some((role) => (MODERATORS as readonly string[]).includes(role))) return true;
  return (
    roles.includes('regional_editor') &&
    regionCodes.every((code) => regionWithinScope(code, session.user.regions))
  );
}

export async function practiceRoutes(app: App) {
  app.get(
    '/api/v1/practices',
    {
      schema: {
        tags: ['practices'],
        summary:
          'Search published practices: full text, facets, highlighted snippets, "did you mean", cursor pages',
        description:
          'Results and facet counts in one request. `q` takes websearch syntax ("exact phrase", OR, -exclusion) and is matched accent-insensitively in the practice\'s language, in English, and word for word across languages. Facet filters are comma lists: OR within a facet, AND across facets; `region` includes sub-regions.',
        querystring: practiceSearchQuerySchema,
        response: { 200: practiceSearchResponseSchema, 400: problemSchema },
      },
    },
    async (request) => searchPractices(app.db, request.query),
  );

  app.get(
    '/api/v1/practices/autocomplete',
    {
      schema: {
        tags: ['practices'],
        summary: 'Suggestions while typing: practice titles, regions and tags',
        querystring: autocompleteQuerySchema,
        response: { 200: z.record(z.string(), z.unknown()), 400: problemSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const titles = await queryRows<{ id: string; slug: string; title: unknown }>(
        app.db,
        sql`select p.id, p.slug, p.title from practices p
            where ${PUBLISHED} and (p.title_plain like '%' || lower(immutable_unaccent(${q})) || '%' or p.title_plain % lower(immutable_unaccent(${q})))
            order by (p.title_plain like lower(immutable_unaccent(${q})) || '%') desc, similarity(p.title_plain, lower(immutable_unaccent(${q}))) desc, p.slug
            limit ${limit}`,
      );
      const regions = registry.search(q, { limit }).map((hit) => ({
        code: hit.region.code,
        name: hit.region.name,
        nativeName: hit.region.nativeName,
        level: hit.region.level,
      }));
      const folded = q.toLowerCase().replace(/\s+/g, '_');
      const tags = [
        ...POLICY_AREAS.filter((value) => value.includes(folded)).map((value) => ({
          facet: 'policyArea',
          value,
        })),
        ...PRACTICE_TARGET_GROUPS.filter((value) => value.includes(folded)).map((value) => ({
          facet: 'targetGroup',
          value,
        })),
      ].slice(0, limit);
      return { titles, regions, tags };
    },
  );

  await app.register(exportRoutes);

  app.get(
    '/api/v1/practices/:id',
    {
      schema: {
        tags: ['practices'],
        summary: 'One practice by id or slug (lessons learnt and transferability included)',
        params: practiceIdParamsSchema,
        response: { 200: practiceResponseSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await findPractice(app.db, request.params.id);
      const visible =
        row && (row.moderationStatus === 'published' || mayReadUnpublished(request.session, row.regionCodes));
      if (!row || !visible) throw new HttpProblem('not-found', `No practice ${request.params.id}`);
      const practice = practiceFromRow(row);
      const staff = mayReadUnpublished(request.session, row.regionCodes);
      return staff ? { ...practice, submittedBy: row.submittedBy } : publicPractice(practice);
    },
  );

  app.get(
    '/api/v1/practices/:id/similar',
    {
      schema: {
        tags: ['practices'],
        summary:
          'Published practices most like this one (shared policy areas and target groups, similar title)',
        params: practiceIdParamsSchema,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }).strict(),
        response: {
          200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const row = await findPractice(app.db, request.params.id);
      if (row?.moderationStatus !== 'published')
        throw new HttpProblem('not-found', `No practice ${request.params.id}`);
      const items = await queryRows<Record<string, unknown>>(
        app.db,
        sql`select p.id, p.slug, p.title, p.summary, p.region_codes as "regionCodes", p.policy_areas as "policyAreas", p.result,
                   (cardinality(array(select unnest(p.policy_areas) intersect select unnest(${sqlArray(row.policyAreas)}))) * 2
                    + cardinality(array(select unnest(p.target_groups) intersect select unnest(${sqlArray(row.targetGroups)})))
                    + 3 * similarity(p.title_plain, ${row.titlePlain ?? ''})
                    + case when p.countries && ${sqlArray(row.countries)} then 0.5 else 0 end)::real as score
            from practices p
            where ${PUBLISHED} and p.id <> ${row.id} and (p.policy_areas && ${sqlArray(row.policyAreas)} or p.title_plain % ${row.titlePlain ?? ''})
            order by score desc, p.id
            limit ${request.query.limit}`,
      );
      return { items };
    },
  );

  app.get(
    '/api/v1/practices/:id/versions',
    {
      config: { access: { roles: WRITERS } },
      schema: {
        tags: ['practices'],
        summary: 'Every saved version of a practice, newest first (staff)',
        security: [{ session: [] }],
        params: practiceIdParamsSchema,
        response: {
          200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const row = await findPractice(app.db, request.params.id);
      if (!row || !mayReadUnpublished(request.session, row.regionCodes))
        throw new HttpProblem('not-found', `No practice ${request.params.id}`);
      const items = await app.db
        .select()
        .from(practiceVersions)
        .where(eq(practiceVersions.practiceId, row.id))
        .orderBy(desc(practiceVersions.version));
      return { items: items.map((item) => ({ ...item, at: new Date(item.at).toISOString() })) };
    },
  );

  app.post(
    '/api/v1/practices',
    {
      config: {
        access: {
          roles: WRITERS,
          regions: (request) =>
            ((request.body as { regionCodes?: unknown })?.regionCodes as string[] | undefined) ?? [],
        },
      },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['practices'],
        summary: 'Create a practice (published at once); regional editors for their own regions',
        security: [{ session: [], csrf: [] }],
        body: practiceCreateBodySchema,
        response: { 201: practiceResponseSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const content = request.body;
      const actor = request.session!.user;
      await assertRegionsExist(app.db, content.regionCodes);
      const row = await app.db.transaction(async (tx) => {
        const [taken] = await tx
          .select({ id: practices.id })
          .from(practices)
          .where(eq(practices.slug, content.slug));
        if (taken)
          throw new HttpProblem('conflict', `The slug ${content.slug} is taken`, [
            fieldError('body', ['slug'], 'is already used by another practice'),
          ]);
        const saved = await saveVersion(tx, content, {
          version: 1,
          moderationStatus: 'published',
          authorId: actor.id,
          publishedAt: new Date().toISOString(),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'create',
          entityType: 'practice',
          entityId: saved.id,
          after: content,
        });
        return saved;
      });
      return reply.code(201).send(practiceFromRow(row));
    },
  );

  app.patch(
    '/api/v1/practices/:id',
    {
      config: { access: { roles: WRITERS } },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['practices'],
        summary:
          'Change a practice: a new version is kept; send the version you edited (409 if someone saved since)',
        security: [{ session: [], csrf: [] }],
        params: practiceIdParamsSchema,
        body: practicePatchBodySchema,
        response: { 200: practiceResponseSchema, ...writeResponses },
      },
    },
    async (request) => {
      const actor = request.session!.user;
      const { version, ...changes } = request.body;
      const row = await app.db.transaction(async (tx) => {
        const before = await findPractice(tx, request.params.id, true);
        if (!before || !mayReadUnpublished(request.session, before.regionCodes)) {
          // Editors of other regions learn nothing about unpublished practices; for published ones, say no.
          if (before?.moderationStatus === 'published')
            assertAccess(request.session, WRITERS, before.regionCodes);
          throw new HttpProblem('not-found', `No practice ${request.params.id}`);
        }
        assertAccess(request.session, WRITERS, [...before.regionCodes, ...(changes.regionCodes ?? [])]);
        if (before.version !== version) {
          throw new HttpProblem(
            'conflict',
            `The practice is at version ${before.version}; you edited version ${version}`,
            [fieldError('body', ['version'], `reload version ${before.version} and apply your change again`)],
          );
        }
        const merged = { ...contentOf(practiceFromRow(before)), ...changes };
        const parsed = practiceSchema.safeParse({
          ...merged,
          id: before.id,
          version: before.version + 1,
          moderationStatus: before.moderationStatus,
        });
        if (!parsed.success) {
          throw new HttpProblem(
            'validation',
            'The changed practice is not valid',
            parsed.error.issues.map((issue) => fieldError('body', issue.path, issue.message)),
          );
        }
        if (changes.regionCodes) await assertRegionsExist(tx, changes.regionCodes);
        if (changes.slug && changes.slug !== before.slug) {
          const [taken] = await tx
            .select({ id: practices.id })
            .from(practices)
            .where(eq(practices.slug, changes.slug));
          if (taken)
            throw new HttpProblem('conflict', `The slug ${changes.slug} is taken`, [
              fieldError('body', ['slug'], 'is already used'),
            ]);
        }
        const saved = await saveVersion(tx, contentOf(parsed.data), {
          id: before.id,
          version: before.version + 1,
          moderationStatus: before.moderationStatus,
          moderationNote: before.moderationNote,
          authorId: actor.id,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'practice',
          entityId: before.id,
          before: contentOf(practiceFromRow(before)),
          after: contentOf(parsed.data),
        });
        return saved;
      });
      return practiceFromRow(row);
    },
  );

  app.delete(
    '/api/v1/practices/:id',
    {
      config: { access: { roles: MODERATORS } },
      schema: {
        tags: ['practices'],
        summary: 'Withdraw a practice (soft delete: kept with its versions, hidden everywhere)',
        security: [{ session: [], csrf: [] }],
        params: practiceIdParamsSchema,
        response: { 204: z.null(), ...writeResponses },
      },
    },
    async (request, reply) => {
      const actor = request.session!.user;
      await app.db.transaction(async (tx) => {
        const before = await findPractice(tx, request.params.id, true);
        if (!before) throw new HttpProblem('not-found', `No practice ${request.params.id}`);
        await tx
          .update(practices)
          .set({ deletedAt: new Date().toISOString() })
          .where(eq(practices.id, before.id));
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'delete',
          entityType: 'practice',
          entityId: before.id,
          before: { slug: before.slug, version: before.version },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/submissions',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 hour' } },
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['practices'],
        summary: 'Submit a practice for moderation (anyone; 5 per hour per address)',
        description:
          "The practice waits for a moderator. The submitter's name and email are kept for moderation only.",
        body: practiceSubmissionBodySchema,
        response: {
          202: z.object({ id: z.uuid(), status: z.literal('submitted') }),
          400: problemSchema,
          413: problemSchema,
          422: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { submitter, consent: _consent, website2, ...fields } = request.body;
      // The honeypot answers like a success so bots learn nothing; nothing is stored.
      if (website2) {
        request.log.info('submission honeypot filled; discarded');
        return reply.code(202).send({ id: crypto.randomUUID(), status: 'submitted' as const });
      }
      await assertRegionsExist(app.db, fields.regionCodes);
      const slugBase =
        (fields.title.text[fields.title.source] ?? 'practice')
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 80) || 'practice';
      const content = {
        ...fields,
        slug: `${slugBase}-${crypto.randomUUID().slice(0, 8)}`,
        stakeholders: [],
        ratings: {},
        fundingSources: [],
        contacts: [],
        languages: [],
        illustrative: false,
      };
      const row = await app.db.transaction(async (tx) => {
        const saved = await saveVersion(tx, content, {
          version: 1,
          moderationStatus: 'submitted',
          authorId: null,
          publishedAt: null,
          submittedBy: submitter,
        });
        await recordAudit(tx, {
          actorId: null,
          action: 'create',
          entityType: 'practice',
          entityId: saved.id,
          after: { slug: saved.slug, moderationStatus: 'submitted' },
        });
        return saved;
      });
      return reply.code(202).send({ id: row.id, status: 'submitted' as const });
    },
  );

  app.get(
    '/api/v1/moderation/practices',
    {
      config: { access: { roles: MODERATORS } },
      schema: {
        tags: ['practices'],
        summary: 'The moderation queue: practices waiting (submitted), sent back for changes, or rejected',
        security: [{ session: [] }],
        querystring: moderationQuerySchema,
        response: {
          200: z.object({ items: z.array(z.record(z.string(), z.unknown())), total: z.number().int() }),
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request) => {
      const { status, limit, offset } = request.query;
      const where = and(eq(practices.moderationStatus, status), isNull(practices.deletedAt));
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(practices)
          .where(where)
          .orderBy(asc(practices.createdAt), asc(practices.id))
          .limit(limit)
          .offset(offset),
        app.db.select({ value: count() }).from(practices).where(where),
      ]);
      return {
        items: rows.map((row) => ({ ...practiceFromRow(row), submittedBy: row.submittedBy })),
        total: total?.value ?? 0,
      };
    },
  );

  app.post(
    '/api/v1/practices/:id/:action',
    {
      config: { access: { roles: MODERATORS } },
      schema: {
        tags: ['practices'],
        summary: 'Moderate a submitted practice: approve (publish), reject with a reason, or request changes',
        security: [{ session: [], csrf: [] }],
        params: moderationActionParamsSchema,
        body: z.union([rejectBodySchema, requestChangesBodySchema, z.object({}).strict()]).nullish(),
        response: { 200: practiceResponseSchema, ...writeResponses },
      },
    },
    async (request) => {
      const { id, action } = request.params;
      const actor = request.session!.user;
      const body = (request.body ?? {}) as { reason?: string; note?: string };
      const row = await app.db.transaction(async (tx) => {
        const before = await findPractice(tx, id, true);
        if (!before) throw new HttpProblem('not-found', `No practice ${id}`);
        const from = ['submitted', 'changes_requested'];
        if (!from.includes(before.moderationStatus)) {
          throw new HttpProblem(
            'conflict',
            `Only submitted practices are moderated; this one is ${before.moderationStatus}`,
          );
        }
        let changes: Partial<typeof practices.$inferInsert>;
        if (action === 'approve')
          changes = {
            moderationStatus: 'published',
            moderationNote: null,
            publishedAt: new Date().toISOString(),
          };
        else if (action === 'reject') {
          if (!body.reason)
            throw new HttpProblem('validation', 'A rejection needs a reason', [
              fieldError('body', ['reason'], 'is required'),
            ]);
          changes = { moderationStatus: 'rejected', moderationNote: body.reason };
        } else {
          if (!body.note)
            throw new HttpProblem('validation', 'Say what should change', [
              fieldError('body', ['note'], 'is required'),
            ]);
          changes = { moderationStatus: 'changes_requested', moderationNote: body.note };
        }
        const [after] = await tx
          .update(practices)
          .set({ ...changes, updatedAt: new Date().toISOString() })
          .where(eq(practices.id, id))
          .returning();
        if (!after) throw new Error('moderation update returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'practice',
          entityId: id,
          before: { moderationStatus: before.moderationStatus, moderationNote: before.moderationNote },
          after: { moderationStatus: after.moderationStatus, moderationNote: after.moderationNote, action },
        });
        return after;
      });
      return practiceFromRow(row);
    },
  );
}
