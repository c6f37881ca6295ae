import { type Kpi, type LogicModelInput, logicModelSchema } from '@regin/domain';
import type { EvaluationIssue } from '../issue.js';

/** The five stages of a logic model, in causal order. */
export const LOGIC_MODEL_STAGES = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export type LogicModelStage = (typeof LOGIC_MODEL_STAGES)[number];

/** What {@link validateLogicModel} needs of a KPI: its id and the outcome it measures. */
export type KpiLink = Pick<Kpi, 'id'> & { outcomeId?: string | undefined };

/**
 * Checks an action's logic model (inputs → activities → outputs → outcomes → impact) together with its
 * KPIs. Paths are relative to the integration action (`['logicModel', 'outputs', 1, 'activityId']`,
 * `['kpis', 0, 'outcomeId']`), and `item` is the id of the step or KPI concerned.
 *
 * The structural rules of `@regin/domain`'s `logicModelSchema` (ids unique across the model, every
 * output tied to a listed activity, text shapes) are applied by running that schema, so its messages are
 * the platform's. This function adds what an action needs to be evaluable:
 *
 * - errors (messages worded as the domain's own, where it has one): an empty stage; an outcome no KPI measures; a KPI pointing to an outcome the model does not
 *   list; two KPIs with one id;
 * - warnings: an activity that produces no output; a KPI tied to no outcome.
 *
 * Issues come in a fixed order: schema issues, then stage by stage, then KPIs.
 */
export function validateLogicModel(model: LogicModelInput, kpis: readonly KpiLink[] = []): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  const parsed = logicModelSchema.safeParse(model);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      issues.push({
        path: ['logicModel', ...path],
        item: stepIdAt(model, path),
        severity: 'error',
        message: issue.message,
      });
    }
  }

  const stage = (name: LogicModelStage): readonly { id: string }[] =>
    Array.isArray(model[name]) ? model[name] : [];
  const outputs = Array.isArray(model.outputs) ? model.outputs : [];
  for (const name of LOGIC_MODEL_STAGES) {
    if (stage(name).length === 0) {
      issues.push({
        path: ['logicModel', name],
        item: name,
        severity: 'error',
        message: `the logic model lists no ${name}`,
      });
    }
  }

  const produced = new Set(outputs.map((output) => output.activityId));
  stage('activities').forEach((activity, index) => {
    if (!produced.has(activity.id)) {
      issues.push({
        path: ['logicModel', 'activities', index],
        item: activity.id,
        severity: 'warning',
        message: `activity "${activity.id}" produces no output`,
      });
    }
  });

  const measured = new Set(kpis.map((kpi) => kpi.outcomeId).filter((id) => id !== undefined));
  stage('outcomes').forEach((outcome, index) => {
    if (!measured.has(outcome.id)) {
      issues.push({
        path: ['logicModel', 'outcomes', index],
        item: outcome.id,
        severity: 'error',
        message: `outcome "${outcome.id}" is measured by no KPI`,
      });
    }
  });

  const outcomes = new Set(stage('outcomes').map((outcome) => outcome.id));
  const firstKpi = new Map<string, number>();
  kpis.forEach((kpi, index) => {
    const first = firstKpi.get(kpi.id);
    if (first !== undefined) {
      issues.push({
        path: ['kpis', index, 'id'],
        item: kpi.id,
        severity: 'error',
        message: `duplicate KPI id "${kpi.id}" (first at index ${first})`,
      });
    } else {
      firstKpi.set(kpi.id, index);
    }
    if (kpi.outcomeId === undefined) {
      issues.push({
        path: ['kpis', index, 'outcomeId'],
        item: kpi.id,
        severity: 'warning',
        message: `KPI "${kpi.id}" is tied to no outcome`,
      });
    } else if (!outcomes.has(kpi.outcomeId)) {
      issues.push({
        path: ['kpis', index, 'outcomeId'],
        item: kpi.id,
        severity: 'error',
        message: `KPI "${kpi.id}" refers to outcome "${kpi.outcomeId}", which the logic model does not list`,
      });
    }
  });
  return issues;
}

/** The id of the step a schema issue's path points into (`['outputs', 1, 'activityId']` → the output's id). */
function stepIdAt(model: LogicModelInput, path: readonly (string | number)[]): string | undefined {
  const [stageName, index] = path;
  if (typeof index !== 'number' || !(LOGIC_MODEL_STAGES as readonly unknown[]).includes(stageName)) {
    return typeof stageName === 'string' ? stageName : undefined;
  }
  const steps = model[stageName as LogicModelStage];
  const id = Array.isArray(steps) ? (steps[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}
