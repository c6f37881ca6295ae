import { actionEvaluators, type Executor, type evaluations, integrationActions } from '@regin/db';
import type { Evaluation, IntegrationAction, IntegrationActionContent } from '@regin/domain';
import { eq } from 'drizzle-orm';

type ActionRow = typeof integrationActions.$inferSelect;
type EvaluationRow = typeof evaluations.$inferSelect;

export function actionFromRow(row: ActionRow): IntegrationAction {
  return {
    id: row.id,
    regionCode: row.regionCode,
    title: row.title,
    ...(row.summary ? { summary: row.summary } : {}),
    addressedGaps: row.addressedGaps as IntegrationAction['addressedGaps'],
    objectives: row.objectives as IntegrationAction['objectives'],
    logicModel: row.logicModel as IntegrationAction['logicModel'],
    kpis: row.kpis as IntegrationAction['kpis'],
    stakeholders: row.stakeholders as IntegrationAction['stakeholders'],
    timeline: { start: row.startDate ?? '1970-01-01', end: row.endDate ?? row.startDate ?? '1970-01-01' },
    ...(row.budgetAmount !== null && row.budgetCurrency
      ? { budget: { amount: Number(row.budgetAmount), currency: row.budgetCurrency } }
      : {}),
    status: row.status as IntegrationAction['status'],
    illustrative: row.illustrative,
  };
}

export function actionRowValues(content: IntegrationActionContent) {
  return {
    regionCode: content.regionCode,
    title: content.title,
    summary: content.summary ?? null,
    addressedGaps: content.addressedGaps,
    objectives: content.objectives,
    logicModel: content.logicModel,
    kpis: content.kpis,
    stakeholders: content.stakeholders,
    startDate: content.timeline.start,
    endDate: content.timeline.end,
    budgetAmount: content.budget ? String(content.budget.amount) : null,
    budgetCurrency: content.budget?.currency ?? null,
    status: content.status,
    illustrative: content.illustrative,
  };
}

export function evaluationFromRow(row: EvaluationRow): Evaluation {
  return {
    id: row.id,
    actionId: row.actionId,
    ratings: row.ratings as Evaluation['ratings'],
    findings: row.findings,
    recommendations: row.recommendations,
    evaluatorId: row.evaluatorId,
    evaluatorKind: row.evaluatorKind as Evaluation['evaluatorKind'],
    date: row.date ?? new Date(row.createdAt).toISOString().slice(0, 10),
    status: row.status as Evaluation['status'],
  };
}

export async function findAction(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(integrationActions).where(eq(integrationActions.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function evaluatorsOf(db: Executor, actionId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: actionEvaluators.userId })
    .from(actionEvaluators)
    .where(eq(actionEvaluators.actionId, actionId));
  return rows.map((row) => row.userId);
}
