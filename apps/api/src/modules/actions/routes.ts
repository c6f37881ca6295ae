import {
  actionBodySchema,
  actionListQuerySchema,
  actionParamsSchema,
  evaluationBodySchema,
  evaluationParamsSchema,
  evaluationPatchBodySchema,
  evaluatorsBodySchema,
  kpiParamsSchema,
  looseRecordSchema,
  measurementBodySchema,
  measurementParamsSchema,
  problemSchema,
} from '@regin/api-contract';
import { actionEvaluators, evaluations, integrationActions, users } from '@regin/db';
import type { IntegrationAction, IntegrationActionContent, KpiMeasurement, Role } from '@regin/domain';
import {
  checkBreakdown,
  type EvaluationIssue,
  kpiProgress,
  summariseEvaluation,
  validateKpi,
  validateLogicModel,
} from '@regin/evaluation';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { fieldError, HttpProblem } from '../../lib/problem.js';
import { assertAccess, type RequestSession } from '../../plugins/auth.js';
import { actionFromRow, actionRowValues, evaluationFromRow, evaluatorsOf, findAction } from './repository.js';

const EDITORS: readonly Role[] = ['admin', 'coordinator', 'regional_editor'];
const writeResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** Logic-model and KPI rules beyond the schema (dangling outputs, unmeasured outcomes, target = baseline…). */
function assertActionSound(content: IntegrationActionContent) {
  const issues: EvaluationIssue[] = [
    ...validateLogicModel(content.logicModel, content.kpis),
    ...content.kpis.flatMap((kpi, index) =>
      validateKpi(kpi, { start: content.timeline.start }).map((issue) => ({
        ...issue,
        path: ['kpis', index, ...issue.path],
      })),
    ),
  ].filter((issue) => issue.severity === 'error');
  if (issues.length) {
    throw new HttpProblem(
      'validation',
      `The action has ${issues.length} problem(s); nothing was stored`,
      issues.map((issue) => fieldError('body', issue.path, issue.message)),
    );
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** KPI progress as of today (or the action's end when it is over). */
export function progressOf(action: IntegrationAction, asOf = today()) {
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text, Math.min would turn them into NaN
  const until = asOf > action.timeline.end ? action.timeline.end : asOf;
  return action.kpis.map((kpi) => {
    try {
      return kpiProgress(kpi, { asOf: until, start: action.timeline.start, end: action.timeline.end });
    } catch (error) {
      return { kpiId: kpi.id, error: (error as Error).message };
    }
  });
}

function isEvaluatorOf(session: RequestSession | null, evaluatorIds: readonly string[]) {
  return !!session && session.user.roles.includes('evaluator') && evaluatorIds.includes(session.user.id);
}

function isCoordinating(session: RequestSession | null) {
  return !!session && session.user.roles.some((role) => role === 'admin' || role === 'coordinator');
}

function assertDateFree(measurements: readonly KpiMeasurement[], date: string, kpiId: string) {
  if (measurements.some((existing) => existing.date === date)) {
    throw new HttpProblem('conflict', `KPI ${kpiId} already has a measurement on ${date}`, [
      fieldError('body', ['date'], 'one measurement per date'),
    ]);
  }
}

function withoutMeasurement(measurements: readonly KpiMeasurement[], date: string, kpiId: string) {
  if (!measurements.some((existing) => existing.date === date)) {
    throw new HttpProblem('not-found', `KPI ${kpiId} has no measurement on ${date}`);
  }
  return measurements.filter((existing) => existing.date !== date);
}

/**
 * Changes one KPI's measurements in one transaction: the action row is locked, the region checked, the whole
 * KPI validated again (a measurement before the start is refused) and the written measurement's breakdown
 * summed, then stored with its audit record. Answers the KPI and its progress.
 */
async function writeMeasurements(
  app: App,
  session: RequestSession,
  { id, kpiId }: { id: string; kpiId: string },
  change: (measurements: KpiMeasurement[]) => { measurements: KpiMeasurement[]; written?: KpiMeasurement },
) {
  const row = await app.db.transaction(async (tx) => {
    const before = await findAction(tx, id, true);
    if (!before) throw new HttpProblem('not-found', `No action ${id}`);
    assertAccess(session, EDITORS, [before.regionCode]);
    const action = actionFromRow(before);
    const index = action.kpis.findIndex((kpi) => kpi.id === kpiId);
    if (index < 0) throw new HttpProblem('not-found', `Action ${id} has no KPI ${kpiId}`);
    const kpi = action.kpis[index]!;
    const { measurements, written } = change(kpi.measurements);
    const updatedKpi = { ...kpi, measurements: measurements.sort((a, b) => a.date.localeCompare(b.date)) };
    const issues = [
      ...validateKpi(updatedKpi, { start: action.timeline.start }),
      ...(written ? checkBreakdown(written) : []).map((issue) => ({
        ...issue,
        path: issue.path.length ? issue.path : ['breakdown'],
      })),
    ].filter((issue) => issue.severity === 'error');
    if (issues.length) {
      throw new HttpProblem(
        'validation',
        issues.map((issue) => issue.message).join('; '),
        issues.map((issue) =>
          fieldError(
            'body',
            issue.path.filter(
              (p) => (p !== 'measurements' && typeof p !== 'number') || issue.path[0] === 'breakdown',
            ),
            issue.message,
          ),
        ),
      );
    }
    const kpis = action.kpis.map((item, position) => (position === index ? updatedKpi : item));
    const [saved] = await tx
      .update(integrationActions)
      .set({ kpis, updatedAt: new Date().toISOString() })
      .where(eq(integrationActions.id, id))
      .returning();
    if (!saved) throw new Error('measurement update returned no row');
    await recordAudit(tx, {
      actorId: session.user.id,
      action: 'update',
      entityType: 'action',
      entityId: id,
      before: { kpi },
      after: { kpi: updatedKpi },
    });
    return saved;
  });
  const action = actionFromRow(row);
  return {
    kpi: action.kpis.find((kpi) => kpi.id === kpiId),
    progress: progressOf(action).find((p) => p.kpiId === kpiId),
  };
}

export async function actionRoutes(app: App) {
  app.get(
    '/api/v1/actions',
    {
      schema: {
        tags: ['actions'],
        summary: 'Integration actions, with KPI status',
        querystring: actionListQuerySchema,
        response: { 200: z.object({ items: z.array(looseRecordSchema) }), 400: problemSchema },
      },
    },
    async (request) => {
      const rows = await app.db
        .select()
        .from(integrationActions)
        .where(request.query.region ? eq(integrationActions.regionCode, request.query.region) : undefined)
        .orderBy(asc(integrationActions.regionCode), asc(integrationActions.startDate));
      return {
        items: rows.map((row) => {
          const action = actionFromRow(row);
          return { ...action, progress: progressOf(action) };
        }),
      };
    },
  );

  app.get(
    '/api/v1/actions/:id',
    {
      schema: {
        tags: ['actions'],
        summary: 'One action: logic model, KPIs with progress and status, evaluators and evaluations',
        params: actionParamsSchema,
        response: { 200: looseRecordSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await findAction(app.db, request.params.id);
      if (!row) throw new HttpProblem('not-found', `No action ${request.params.id}`);
      const action = actionFromRow(row);
      const evaluatorIds = await evaluatorsOf(app.db, row.id);
      const staff = isCoordinating(request.session) || isEvaluatorOf(request.session, evaluatorIds);
      const evaluationRows = await app.db
        .select()
        .from(evaluations)
        .where(eq(evaluations.actionId, row.id))
        .orderBy(asc(evaluations.date));
      const visible = evaluationRows
        .map(evaluationFromRow)
        .filter((evaluation) => evaluation.status === 'final' || staff);
      return {
        ...action,
        progress: progressOf(action),
        evaluatorIds: staff ? evaluatorIds : undefined,
        evaluations: visible.map((evaluation) => ({
          ...evaluation,
          summary: summariseEvaluation(evaluation),
        })),
      };
    },
  );

  app.post(
    '/api/v1/actions',
    {
      config: {
        access: {
          roles: EDITORS,
          regions: (request) => [String((request.body as { regionCode?: string })?.regionCode ?? '')],
        },
      },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['actions'],
        summary: 'Create an integration action (regional editors for their own region)',
        security: [{ session: [], csrf: [] }],
        body: actionBodySchema,
        response: { 201: looseRecordSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const content = request.body;
      assertActionSound(content);
      const actor = request.session!.user;
      const row = await app.db.transaction(async (tx) => {
        const [saved] = await tx.insert(integrationActions).values(actionRowValues(content)).returning();
        if (!saved) throw new Error('action insert returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'create',
          entityType: 'action',
          entityId: saved.id,
          after: content,
        });
        return saved;
      });
      const action = actionFromRow(row);
      return reply.code(201).send({ ...action, progress: progressOf(action) });
    },
  );

  app.put(
    '/api/v1/actions/:id',
    {
      config: { access: { roles: EDITORS } },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['actions'],
        summary: "Replace an action's content (regional editors: own region, and it cannot move to another)",
        security: [{ session: [], csrf: [] }],
        params: actionParamsSchema,
        body: actionBodySchema,
        response: { 200: looseRecordSchema, ...writeResponses },
      },
    },
    async (request) => {
      const content = request.body;
      const actor = request.session!.user;
      const row = await app.db.transaction(async (tx) => {
        const before = await findAction(tx, request.params.id, true);
        if (!before) throw new HttpProblem('not-found', `No action ${request.params.id}`);
        assertAccess(request.session, EDITORS, [before.regionCode, content.regionCode]);
        assertActionSound(content);
        const [saved] = await tx
          .update(integrationActions)
          .set({ ...actionRowValues(content), updatedAt: new Date().toISOString() })
          .where(eq(integrationActions.id, before.id))
          .returning();
        if (!saved) throw new Error('action update returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'action',
          entityId: before.id,
          before: actionFromRow(before),
          after: content,
        });
        return saved;
      });
      const action = actionFromRow(row);
      return { ...action, progress: progressOf(action) };
    },
  );

  app.post(
    '/api/v1/actions/:id/kpis/:kpiId/measurements',
    {
      config: { access: { roles: EDITORS } },
      schema: {
        tags: ['actions'],
        summary: 'Record a KPI measurement (aggregated figures only; breakdowns must add up to the total)',
        security: [{ session: [], csrf: [] }],
        params: kpiParamsSchema,
        body: measurementBodySchema,
        response: { 201: looseRecordSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const measurement = request.body;
      const result = await writeMeasurements(app, request.session!, request.params, (existing) => {
        assertDateFree(existing, measurement.date, request.params.kpiId);
        return { measurements: [...existing, measurement], written: measurement };
      });
      return reply.code(201).send(result);
    },
  );

  app.put(
    '/api/v1/actions/:id/kpis/:kpiId/measurements/:date',
    {
      config: { access: { roles: EDITORS } },
      schema: {
        tags: ['actions'],
        summary: 'Correct a KPI measurement (its value, breakdown, note, or date)',
        security: [{ session: [], csrf: [] }],
        params: measurementParamsSchema,
        body: measurementBodySchema,
        response: { 200: looseRecordSchema, ...writeResponses },
      },
    },
    async (request) => {
      const { date, kpiId } = request.params;
      const measurement = request.body;
      return writeMeasurements(app, request.session!, request.params, (existing) => {
        const others = withoutMeasurement(existing, date, kpiId);
        assertDateFree(others, measurement.date, kpiId);
        return { measurements: [...others, measurement], written: measurement };
      });
    },
  );

  app.delete(
    '/api/v1/actions/:id/kpis/:kpiId/measurements/:date',
    {
      config: { access: { roles: EDITORS } },
      schema: {
        tags: ['actions'],
        summary: 'Remove a KPI measurement recorded by mistake (the audit log keeps it)',
        security: [{ session: [], csrf: [] }],
        params: measurementParamsSchema,
        response: { 204: z.null(), ...writeResponses },
      },
    },
    async (request, reply) => {
      const { date, kpiId } = request.params;
      await writeMeasurements(app, request.session!, request.params, (existing) => ({
        measurements: withoutMeasurement(existing, date, kpiId),
      }));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/actions/:id/evaluators',
    {
      config: { access: { roles: ['admin', 'coordinator'] } },
      schema: {
        tags: ['actions'],
        summary: 'Assign the evaluators of an action (users with the evaluator role)',
        security: [{ session: [], csrf: [] }],
        params: actionParamsSchema,
        body: evaluatorsBodySchema,
        response: { 200: z.object({ evaluatorIds: z.array(z.uuid()) }), ...writeResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { userIds } = request.body;
      const actor = request.session!.user;
      await app.db.transaction(async (tx) => {
        if (!(await findAction(tx, id, true))) throw new HttpProblem('not-found', `No action ${id}`);
        const found = userIds.length
          ? await tx
              .select({ id: users.id, roles: users.roles })
              .from(users)
              .where(inArray(users.id, userIds))
          : [];
        const notEvaluators = userIds.filter(
          (userId) => !found.find((user) => user.id === userId)?.roles.includes('evaluator'),
        );
        if (notEvaluators.length) {
          throw new HttpProblem('unprocessable', `Not evaluators: ${notEvaluators.join(', ')}`, [
            fieldError('body', ['userIds'], 'every user must hold the evaluator role'),
          ]);
        }
        const before = await evaluatorsOf(tx, id);
        await tx.delete(actionEvaluators).where(eq(actionEvaluators.actionId, id));
        if (userIds.length)
          await tx.insert(actionEvaluators).values(userIds.map((userId) => ({ actionId: id, userId })));
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'action-evaluators',
          entityId: id,
          before,
          after: userIds,
        });
      });
      return { evaluatorIds: userIds };
    },
  );

  app.post(
    '/api/v1/actions/:id/evaluations',
    {
      config: { access: { roles: ['admin', 'evaluator'] } },
      schema: {
        tags: ['actions'],
        summary: 'Start an evaluation of the action (its assigned evaluators)',
        security: [{ session: [], csrf: [] }],
        params: actionParamsSchema,
        body: evaluationBodySchema,
        response: { 201: looseRecordSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actor = request.session!.user;
      const row = await app.db.transaction(async (tx) => {
        if (!(await findAction(tx, id))) throw new HttpProblem('not-found', `No action ${id}`);
        const evaluatorIds = await evaluatorsOf(tx, id);
        if (!actor.roles.includes('admin') && !evaluatorIds.includes(actor.id)) {
          throw new HttpProblem('forbidden', 'You are not an evaluator of this action');
        }
        const body = request.body;
        if (body.status !== 'draft' && body.ratings.length === 0) {
          throw new HttpProblem('validation', 'A submitted evaluation rates at least one criterion', [
            fieldError('body', ['ratings'], 'rate at least one criterion'),
          ]);
        }
        const [saved] = await tx
          .insert(evaluations)
          .values({ actionId: id, evaluatorId: actor.id, ...body })
          .returning();
        if (!saved) throw new Error('evaluation insert returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'create',
          entityType: 'evaluation',
          entityId: saved.id,
          after: body,
        });
        return saved;
      });
      const evaluation = evaluationFromRow(row);
      return reply.code(201).send({ ...evaluation, summary: summariseEvaluation(evaluation) });
    },
  );

  app.patch(
    '/api/v1/evaluations/:id',
    {
      config: { access: { roles: ['admin', 'evaluator'] } },
      schema: {
        tags: ['actions'],
        summary: 'Change an evaluation (its evaluator, until it is final)',
        security: [{ session: [], csrf: [] }],
        params: evaluationParamsSchema,
        body: evaluationPatchBodySchema,
        response: { 200: looseRecordSchema, ...writeResponses },
      },
    },
    async (request) => {
      const actor = request.session!.user;
      const row = await app.db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(evaluations)
          .where(eq(evaluations.id, request.params.id))
          .for('update');
        if (!before) throw new HttpProblem('not-found', `No evaluation ${request.params.id}`);
        if (before.evaluatorId !== actor.id && !actor.roles.includes('admin'))
          throw new HttpProblem('forbidden', 'Only its evaluator may change an evaluation');
        if (before.status === 'final') throw new HttpProblem('conflict', 'The evaluation is final');
        const merged = { ...evaluationFromRow(before), ...request.body };
        if (merged.status !== 'draft' && merged.ratings.length === 0) {
          throw new HttpProblem('validation', 'A submitted evaluation rates at least one criterion', [
            fieldError('body', ['ratings'], 'rate at least one criterion'),
          ]);
        }
        const [saved] = await tx
          .update(evaluations)
          .set({ ...request.body, updatedAt: new Date().toISOString() })
          .where(and(eq(evaluations.id, before.id)))
          .returning();
        if (!saved) throw new Error('evaluation update returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'update',
          entityType: 'evaluation',
          entityId: before.id,
          before: evaluationFromRow(before),
          after: evaluationFromRow(saved),
        });
        return saved;
      });
      const evaluation = evaluationFromRow(row);
      return { ...evaluation, summary: summariseEvaluation(evaluation) };
    },
  );
}
