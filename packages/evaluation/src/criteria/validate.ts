import type { EvaluationIssue } from '../issue.js';
import { type CriteriaSet, criteriaSetSchema } from './schema.js';

export type ValidateCriteriaSetResult =
  | { ok: true; set: CriteriaSet; issues: [] }
  | { ok: false; issues: EvaluationIssue[] };

/**
 * Checks a criteria set (parsed JSON, a form's data) against {@link criteriaSetSchema}. Every issue inside
 * a criterion carries the criterion's id in `item` and opens its message with it:
 * `criterion "relevance", levels: level 3 (largely_met) has no descriptor`.
 */
export function validateCriteriaSet(input: unknown): ValidateCriteriaSetResult {
  const parsed = criteriaSetSchema.safeParse(input);
  if (parsed.success) return { ok: true, set: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue): EvaluationIssue => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (path[0] === 'criteria' && typeof path[1] === 'number') {
      const item = criterionIdAt(input, path[1]);
      const rest = path.slice(2).join('.');
      return {
        path,
        item,
        severity: 'error',
        message: `criterion "${item}"${rest === '' ? '' : `, ${rest}`}: ${issue.message}`,
      };
    }
    const where = path.join('.');
    return { path, severity: 'error', message: where === '' ? issue.message : `${where}: ${issue.message}` };
  });
  return { ok: false, issues };
}

/** The id the input gives the criterion at `index`, or `#n` (1-based) when it has none. */
function criterionIdAt(input: unknown, index: number): string {
  const criteria = (input as { criteria?: unknown } | null)?.criteria;
  const criterion = Array.isArray(criteria) ? (criteria[index] as { id?: unknown } | undefined) : undefined;
  return typeof criterion?.id === 'string' && criterion.id !== '' ? criterion.id : `#${index + 1}`;
}
