import type { KpiBreakdown, KpiMeasurement } from '@regin/domain';
import type { EvaluationIssue } from '../issue.js';

/** Default tolerance of {@link checkBreakdown}: 0.1 % of the total, and at least 10⁻⁹ for float noise. */
export const BREAKDOWN_RELATIVE_TOLERANCE = 0.001;

export interface BreakdownIssue extends EvaluationIssue {
  /** The disaggregation dimension, e.g. `sex`. */
  dimension: string;
  kind: 'partial' | 'excess' | 'empty' | 'missing_category' | 'unknown_category' | 'not_a_number';
  /** Sum of the dimension's categories and the measurement's total, for `partial` and `excess`. */
  sum?: number | undefined;
  total?: number | undefined;
}

export interface CheckBreakdownOptions {
  /** Largest |sum − total| accepted, in the KPI's unit; default 0.1 % of |total|. Pass 0.5 or so for rounded figures. */
  tolerance?: number | undefined;
  /**
   * The categories each dimension must have, e.g. `{ sex: ['F', 'M'] }`: a missing one is an error even
   * when the sum matches, one not listed a warning. Dimensions not named here are only summed.
   */
  categories?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** Sum of each dimension's categories: `{ sex: { F: 31, M: 24 } }` → `{ sex: 55 }`. */
export function sumBreakdown(breakdown: KpiBreakdown): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [dimension, categories] of Object.entries(breakdown)) {
    let sum = 0;
    for (const value of Object.values(categories)) sum += value;
    sums[dimension] = sum;
  }
  return sums;
}

/**
 * Checks that each disaggregation of a measurement adds up to its total. This holds for counts
 * (participants, people employed) and amounts, not for rates or means (an employment rate of women and
 * one of men do not sum to the overall rate): call it for additive KPIs only.
 *
 * Issues (paths relative to the measurement, `item` the dimension):
 * - `partial`: the categories sum to less than the total: a category is missing or incomplete;
 * - `excess`: they sum to more: categories overlap, or the total is wrong;
 * - `empty`: a dimension without categories; `not_a_number`: a category value that is not finite;
 * - with `options.categories`: `missing_category` (error) and `unknown_category` (warning).
 */
export function checkBreakdown(
  measurement: Pick<KpiMeasurement, 'value' | 'breakdown'> & { date?: string | undefined },
  options: CheckBreakdownOptions = {},
): BreakdownIssue[] {
  const issues: BreakdownIssue[] = [];
  const breakdown = measurement.breakdown;
  if (breakdown === undefined) return issues;
  const total = measurement.value;
  const tolerance = options.tolerance ?? Math.max(1e-9, BREAKDOWN_RELATIVE_TOLERANCE * Math.abs(total));
  const of = measurement.date === undefined ? '' : ` of ${measurement.date}`;

  for (const [dimension, categories] of Object.entries(breakdown)) {
    const entries = Object.entries(categories);
    const base = { item: dimension, dimension };
    if (entries.length === 0) {
      issues.push({
        ...base,
        path: ['breakdown', dimension],
        severity: 'error',
        kind: 'empty',
        message: `the breakdown by ${dimension}${of} has no categories`,
      });
      continue;
    }
    const bad = entries.filter(([, value]) => !Number.isFinite(value));
    for (const [category] of bad) {
      issues.push({
        ...base,
        path: ['breakdown', dimension, category],
        severity: 'error',
        kind: 'not_a_number',
        message: `the breakdown by ${dimension}${of}: category ${category} is not a finite number`,
      });
    }

    const expected = options.categories?.[dimension];
    if (expected !== undefined) {
      const missing = expected.filter((category) => !Object.hasOwn(categories, category));
      if (missing.length > 0) {
        issues.push({
          ...base,
          path: ['breakdown', dimension],
          severity: 'error',
          kind: 'missing_category',
          message: `the breakdown by ${dimension}${of} is partial: it lacks ${missing.join(', ')} (expected ${expected.join(', ')})`,
        });
      }
      for (const [category] of entries) {
        if (!expected.includes(category)) {
          issues.push({
            ...base,
            path: ['breakdown', dimension, category],
            severity: 'warning',
            kind: 'unknown_category',
            message: `the breakdown by ${dimension}${of} has category ${category}, which is not one of ${expected.join(', ')}`,
          });
        }
      }
    }

    if (bad.length > 0 || !Number.isFinite(total)) continue;
    let sum = 0;
    for (const [, value] of entries) sum += value;
    const difference = sum - total;
    if (Math.abs(difference) <= tolerance) continue;
    const terms = entries.map(([category, value]) => `${category} ${value}`).join(' + ');
    const shortBy = round(Math.abs(difference));
    issues.push({
      ...base,
      path: ['breakdown', dimension],
      severity: 'error',
      kind: difference < 0 ? 'partial' : 'excess',
      sum,
      total,
      message:
        difference < 0
          ? `the breakdown by ${dimension}${of} sums to ${round(sum)} (${terms}), ${shortBy} short of the total ${total}: a category is missing or partial`
          : `the breakdown by ${dimension}${of} sums to ${round(sum)} (${terms}), ${shortBy} more than the total ${total}: categories overlap or the total is wrong`,
    });
  }
  return issues;
}

/** Rounds for messages only, so 0.1 + 0.2 reads 0.3. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
