import {
  ASSESSMENT_TRANSITIONS,
  answerBodySchema,
  answerParamsSchema,
  answerResponseSchema,
  answerSheetBodySchema,
  answerSheetResponseSchema,
  assessmentCreateBodySchema,
  assessmentListQuerySchema,
  assessmentListResponseSchema,
  assessmentParamsSchema,
  assessmentResponseSchema,
  commentBodySchema,
  problemSchema,
  transitionBodySchema,
  transitionParamsSchema,
} from '@regin/api-contract';
import { answers, assessments, regions } from '@regin/db';
import type { Role } from '@regin/domain';
import { parseAnswerSheetCsv } from '@regin/indicators';
import { and, eq, sql } from 'drizzle-orm';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { HttpProblem } from '../../lib/problem.js';
import { assertAccess, type RequestSession } from '../../plugins/auth.js';
import { findFramework } from '../frameworks/repository.js';
import {
  answersOf,
  findAssessment,
  isVisible,
  listAssessments,
  progressOf,
  toAnswer,
  toAssessmentSummary,
} from './repository.js';

const EDITORS: readonly Role[] = ['admin', 'coordinator', 'regional_editor'];
const REVIEWERS: readonly Role[] = ['admin', 'coordinator'];
const writeResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export function visibleRegionsFor(session: RequestSession | null): readonly string[] | 'all' {
  if (!session) return [];
  if (session.user.roles.some((role) => role === 'admin' || role === 'coordinator')) return 'all';
  return session.user.roles.includes('regional_editor') ? session.user.regions : [];
}

export async function assessmentRoutes(app: App) {
  /** Loads an assessment the reader may see (404 otherwise, so drafts do not leak their existence). */
  async function loadVisible(
    session: RequestSession | null,
    id: string,
    forUpdate = false,
    executor = app.db,
  ) {
    const row = await findAssessment(executor, id, forUpdate);
    if (!row || !isVisible(row, visibleRegionsFor(session)))
      throw new HttpProblem('not-found', `No assessment ${id}`);
    return row;
  }

  async function fullAssessment(id: string) {
    const row = await findAssessment(app.db, id);
    if (!row) throw new HttpProblem('not-found', `No assessment ${id}`);
    const stored = await findFramework(app.db, row.frameworkId, row.frameworkVersion);
    const answerRows = await answersOf(app.db, id);
    return {
      ...toAssessmentSummary(row, progressOf(answerRows, stored?.framework)),
      answers: answerRows.map(toAnswer),
    };
  }

  app.get(
    '/api/v1/assessments',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Assessments (region × framework × round). Anonymous readers see published ones only',
        querystring: assessmentListQuerySchema,
        response: { 200: assessmentListResponseSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total, answersByAssessment } = await listAssessments(
        app.db,
        {
          region: q.region,
          framework: q.framework,
          round: q.round,
          status: q.status,
          visibleRegions: visibleRegionsFor(request.session),
        },
        q.limit,
        q.offset,
      );
      const items = await Promise.all(
        rows.map(async (row) => {
          const stored = await findFramework(app.db, row.frameworkId, row.frameworkVersion);
          return toAssessmentSummary(
            row,
            progressOf(answersByAssessment.get(row.id) ?? [], stored?.framework),
          );
        }),
      );
      return { items, total, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    '/api/v1/assessments/:id',
    {
      schema: {
        tags: ['indicators'],
        summary: 'One assessment with its answers, sources and reviewer comments',
        params: assessmentParamsSchema,
        response: { 200: assessmentResponseSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      await loadVisible(request.session, request.params.id);
      return fullAssessment(request.params.id);
    },
  );

  app.post(
    '/api/v1/assessments',
    {
      config: {
        access: {
          roles: EDITORS,
          regions: (request) => [String((request.body as { regionCode?: string })?.regionCode ?? '')],
        },
      },
      schema: {
        tags: ['indicators'],
        summary: 'Open a draft assessment for a region, framework and round',
        security: [{ session: [], csrf: [] }],
        body: assessmentCreateBodySchema,
        response: { 201: assessmentResponseSchema, ...writeResponses, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const stored = await findFramework(app.db, body.frameworkId, body.frameworkVersion);
      if (!stored) {
        throw new HttpProblem(
          'unprocessable',
          `No framework ${body.frameworkId}${body.frameworkVersion ? ` version ${body.frameworkVersion}` : ''}`,
          [
            {
              in: 'body',
              field: 'frameworkId',
              pointer: '/frameworkId',
              detail: 'is not an imported framework',
            },
          ],
        );
      }
      const [region] = await app.db
        .select({ code: regions.code })
        .from(regions)
        .where(eq(regions.code, body.regionCode));
      if (!region) {
        throw new HttpProblem('unprocessable', `No region ${body.regionCode}`, [
          { in: 'body', field: 'regionCode', pointer: '/regionCode', detail: 'is not a known region' },
        ]);
      }
      const actor = request.session!.user;
      const id = await app.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(assessments)
          .values({
            regionCode: body.regionCode,
            frameworkId: stored.framework.id,
            frameworkVersion: stored.framework.version,
            round: body.round,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new HttpProblem(
            'conflict',
            `${body.regionCode} already has an assessment for ${body.frameworkId} in ${body.round}`,
            [
              {
                in: 'body',
                field: 'round',
                pointer: '/round',
                detail: 'an assessment for this region, framework and round exists',
              },
            ],
          );
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'create',
          entityType: 'assessment',
          entityId: row.id,
          after: row,
        });
        return row.id;
      });
      return reply.code(201).send(await fullAssessment(id));
    },
  );

  app.put(
    '/api/v1/assessments/:id/answers/:indicatorCode',
    {
      config: { access: { roles: EDITORS } },
      schema: {
        tags: ['indicators'],
        summary: 'Answer one indicator: an option or N/A, a justification and sources (autosave-friendly)',
        description:
          'Answers change only while the assessment is a draft. Regional editors answer for their own regions.',
        security: [{ session: [], csrf: [] }],
        params: answerParamsSchema,
        body: answerBodySchema,
        response: { 200: answerResponseSchema, ...writeResponses, 422: problemSchema },
      },
    },
    async (request) => {
      const { id, indicatorCode } = request.params;
      const body = request.body;
      const actor = request.session!.user;
      return app.db.transaction(async (tx) => {
        const row = await loadVisible(request.session, id, true, tx);
        assertAccess(request.session, EDITORS, [row.regionCode]);
        if (row.status !== 'draft') {
          throw new HttpProblem(
            'conflict',
            `The assessment is ${row.status}; answers change only in draft (ask a coordinator to return it)`,
          );
        }
        const stored = await findFramework(tx, row.frameworkId, row.frameworkVersion);
        const indicator = stored?.framework.indicators.find(
          (item) => item.code === indicatorCode && item.kind === 'policy',
        );
        if (!indicator) {
          throw new HttpProblem(
            'unprocessable',
            `Indicator ${indicatorCode} does not exist in framework ${row.frameworkId} ${row.frameworkVersion}`,
            [
              {
                in: 'params',
                field: 'indicatorCode',
                pointer: '/indicatorCode',
                detail: 'is not a policy indicator of this framework',
              },
            ],
          );
        }
        const optionId = body.optionId ?? null;
        if (optionId && !indicator.options.some((option) => option.id === optionId)) {
          throw new HttpProblem('validation', `Indicator ${indicatorCode} has no option "${optionId}"`, [
            {
              in: 'body',
              field: 'optionId',
              pointer: '/optionId',
              detail: `must be one of ${indicator.options.map((option) => option.id).join(', ')}`,
            },
          ]);
        }
        const [before] = await tx
          .select()
          .from(answers)
          .where(and(eq(answers.assessmentId, id), eq(answers.indicatorCode, indicatorCode)));
        const values = {
          optionId,
          notApplicable: body.notApplicable,
          justification: body.justification ?? null,
          sources: body.sources,
          answeredBy: actor.id,
          updatedAt: new Date().toISOString(),
        };
        const [saved] = await tx
          .insert(answers)
          .values({ assessmentId: id, indicatorCode, ...values })
          .onConflictDoUpdate({ target: [answers.assessmentId, answers.indicatorCode], set: values })
          .returning();
        if (!saved) throw new Error('answer upsert returned no row');
        await tx.update(assessments).set({ updatedAt: values.updatedAt }).where(eq(assessments.id, id));
        await recordAudit(tx, {
          actorId: actor.id,
          action: before ? 'update' : 'create',
          entityType: 'answer',
          entityId: `${id}/${indicatorCode}`,
          before: before ?? null,
          after: saved,
        });
        return toAnswer(saved);
      });
    },
  );

  app.post(
    '/api/v1/assessments/:id/answers.csv',
    {
      config: { access: { roles: EDITORS } },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags: ['indicators'],
        summary:
          'Import an answer sheet (CSV) into a draft assessment: every row checked, all stored or none',
        description:
          "Columns: region, round, indicator, option, na, justification, source_title, source_url, source_date. Rows must be for this assessment's region and round.",
        security: [{ session: [], csrf: [] }],
        params: assessmentParamsSchema,
        body: answerSheetBodySchema,
        response: { 200: answerSheetResponseSchema, ...writeResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = request.session!.user;
      const imported = await app.db.transaction(async (tx) => {
        const row = await loadVisible(request.session, id, true, tx);
        assertAccess(request.session, EDITORS, [row.regionCode]);
        if (row.status !== 'draft')
          throw new HttpProblem('conflict', `The assessment is ${row.status}; answers change only in draft`);
        const stored = await findFramework(tx, row.frameworkId, row.frameworkVersion);
        if (!stored) throw new Error(`framework ${row.frameworkId} ${row.frameworkVersion} vanished`);
        const result = parseAnswerSheetCsv(request.body.content, stored.framework, {
          regionCode: row.regionCode,
          round: row.round,
        });
        const issues = result.ok ? [] : result.issues;
        if (result.ok) {
          for (const [index, answer] of result.answers.entries()) {
            if (answer.regionCode !== row.regionCode || answer.round !== row.round) {
              issues.push({
                line: index + 2,
                field: answer.regionCode !== row.regionCode ? 'region' : 'round',
                message: `belongs to another assessment than ${row.regionCode} ${row.round}`,
              });
            }
          }
        }
        if (!result.ok || issues.length > 0) {
          throw new HttpProblem(
            'validation',
            `The answer sheet has ${issues.length} problem(s); nothing was stored`,
            issues.slice(0, 200).map((issue) => ({
              in: 'body',
              field: issue.field,
              pointer: '/content',
              detail: `line ${issue.line}: ${issue.message}`,
              line: issue.line,
            })),
          );
        }
        const now = new Date().toISOString();
        const values = result.answers.map((answer) => ({
          assessmentId: id,
          indicatorCode: answer.indicatorCode,
          optionId: answer.optionId ?? null,
          notApplicable: answer.notApplicable ?? false,
          justification: answer.justification ?? null,
          sources: answer.sources ?? [],
          answeredBy: actor.id,
          updatedAt: now,
        }));
        if (values.length > 0) {
          await tx
            .insert(answers)
            .values(values)
            .onConflictDoUpdate({
              target: [answers.assessmentId, answers.indicatorCode],
              set: {
                optionId: sql`excluded.option_id`,
                notApplicable: sql`excluded.not_applicable`,
                justification: sql`excluded.justification`,
                sources: sql`excluded.sources`,
                answeredBy: sql`excluded.answered_by`,
                updatedAt: sql`excluded.updated_at`,
              },
            });
        }
        await tx.update(assessments).set({ updatedAt: now }).where(eq(assessments.id, id));
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'import',
          entityType: 'assessment',
          entityId: id,
          after: { answers: values.length },
        });
        return values.length;
      });
      return { imported, assessment: await fullAssessment(id) };
    },
  );

  app.post(
    '/api/v1/assessments/:id/answers/:indicatorCode/comments',
    {
      config: { access: { roles: REVIEWERS } },
      schema: {
        tags: ['indicators'],
        summary: "A reviewer's comment on one answer",
        security: [{ session: [], csrf: [] }],
        params: answerParamsSchema,
        body: commentBodySchema,
        response: { 201: answerResponseSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { id, indicatorCode } = request.params;
      const actor = request.session!.user;
      const saved = await app.db.transaction(async (tx) => {
        await loadVisible(request.session, id, true, tx);
        const [before] = await tx
          .select()
          .from(answers)
          .where(and(eq(answers.assessmentId, id), eq(answers.indicatorCode, indicatorCode)))
          .for('update');
        if (!before)
          throw new HttpProblem('not-found', `Indicator ${indicatorCode} has no answer in this assessment`);
        const comment = { authorId: actor.id, text: request.body.text, at: new Date().toISOString() };
        const [after] = await tx
          .update(answers)
          .set({ comments: [...(before.comments as unknown[]), comment] })
          .where(and(eq(answers.assessmentId, id), eq(answers.indicatorCode, indicatorCode)))
          .returning();
        if (!after) throw new Error('comment update returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'answer',
          entityId: `${id}/${indicatorCode}`,
          before,
          after,
        });
        return after;
      });
      return reply.code(201).send(toAnswer(saved));
    },
  );

  app.post(
    '/api/v1/assessments/:id/:transition',
    {
      config: { access: { roles: EDITORS } },
      schema: {
        tags: ['indicators'],
        summary:
          'Move an assessment through its workflow: submit, review, return, validate, publish, unpublish',
        description:
          'draft → submit → submitted → review → in_review → validate → validated → publish → published. ' +
          "`return` sends it back to draft with a reason. Regional editors may only submit their own regions' assessments; " +
          'the rest is for coordinators and admins. Only published assessments count in public scores.',
        security: [{ session: [], csrf: [] }],
        params: transitionParamsSchema,
        body: transitionBodySchema.nullish(),
        response: { 200: assessmentResponseSchema, ...writeResponses },
      },
    },
    async (request) => {
      const { id, transition } = request.params;
      const rule = ASSESSMENT_TRANSITIONS[transition];
      const actor = request.session!.user;
      await app.db.transaction(async (tx) => {
        const before = await loadVisible(request.session, id, true, tx);
        assertAccess(request.session, transition === 'submit' ? EDITORS : REVIEWERS, [before.regionCode]);
        if (!(rule.from as readonly string[]).includes(before.status)) {
          throw new HttpProblem(
            'conflict',
            `Cannot ${transition} an assessment that is ${before.status} (allowed from ${rule.from.join(', ')})`,
          );
        }
        const now = new Date().toISOString();
        const changes: Partial<typeof assessments.$inferInsert> = { status: rule.to, updatedAt: now };
        if (transition === 'submit') changes.submittedAt = now;
        if (transition === 'validate') Object.assign(changes, { validatedAt: now, validatedBy: actor.id });
        if (transition === 'publish') Object.assign(changes, { publishedAt: now, publishedBy: actor.id });
        if (transition === 'return' || transition === 'unpublish')
          Object.assign(changes, { publishedAt: null, publishedBy: null });
        if (transition === 'return') Object.assign(changes, { validatedAt: null, validatedBy: null });
        const [after] = await tx.update(assessments).set(changes).where(eq(assessments.id, id)).returning();
        if (transition === 'validate') {
          await tx
            .update(answers)
            .set({ validatedBy: actor.id, validatedAt: now })
            .where(eq(answers.assessmentId, id));
        }
        if (transition === 'return') {
          await tx
            .update(answers)
            .set({ validatedBy: null, validatedAt: null })
            .where(eq(answers.assessmentId, id));
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'assessment',
          entityId: id,
          before,
          after: { ...after, transition, reason: request.body?.reason ?? null },
        });
      });
      return fullAssessment(id);
    },
  );
}
