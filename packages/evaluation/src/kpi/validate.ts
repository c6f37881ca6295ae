import type { Kpi } from '@regin/domain';
import { dayNumber } from '../dates.js';
import type { EvaluationIssue } from '../issue.js';

/** What the progress computations read of a KPI. */
export type ProgressKpi = Pick<Kpi, 'id' | 'direction' | 'baseline' | 'target'> & {
  measurements: readonly Pick<Kpi['measurements'][number], 'date' | 'value'>[];
};

/**
 * The rules a KPI must meet before its progress can be computed, beyond what `@regin/domain`'s
 * `kpiSchema` checks (target year not before the baseline year, one measurement per date):
 *
 * - the target differs from the baseline (otherwise "the share of the way" is undefined);
 * - the target lies on the better side of the baseline for the KPI's `direction` (a higher-is-better
 *   KPI with a target below its baseline is contradictory; fix the direction or the target);
 * - baseline, target and every measurement are finite numbers, and every date a calendar date;
 * - no measurement is dated before the action started (`start`).
 *
 * Paths are relative to the KPI; `item` is the KPI id.
 */
export function validateKpi(kpi: ProgressKpi, context: { start: string }): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  const add = (path: (string | number)[], message: string) => {
    issues.push({ path, item: kpi.id, severity: 'error', message: `KPI ${kpi.id}: ${message}` });
  };
  const { baseline, target } = kpi;
  if (!Number.isFinite(baseline.value)) add(['baseline', 'value'], 'the baseline is not a finite number');
  if (!Number.isFinite(target.value)) add(['target', 'value'], 'the target is not a finite number');
  if (Number.isFinite(baseline.value) && Number.isFinite(target.value)) {
    if (target.value === baseline.value) {
      add(['target', 'value'], 'target equals baseline, progress cannot be measured');
    } else if (kpi.direction === 'higher_is_better' && target.value < baseline.value) {
      add(
        ['target', 'value'],
        `the target (${target.value}) is below the baseline (${baseline.value}) but higher is better; fix the direction or the target`,
      );
    } else if (kpi.direction === 'lower_is_better' && target.value > baseline.value) {
      add(
        ['target', 'value'],
        `the target (${target.value}) is above the baseline (${baseline.value}) but lower is better; fix the direction or the target`,
      );
    }
  }
  const start = dayNumber(context.start, 'start');
  kpi.measurements.forEach((measurement, index) => {
    let day: number;
    try {
      day = dayNumber(measurement.date, 'the measurement date');
    } catch {
      add(['measurements', index, 'date'], `measurement date "${measurement.date}" is not a calendar date`);
      return;
    }
    if (day < start) {
      add(
        ['measurements', index, 'date'],
        `measurement of ${measurement.date} is before the action started on ${context.start}`,
      );
    }
    if (!Number.isFinite(measurement.value)) {
      add(['measurements', index, 'value'], `measurement of ${measurement.date} is not a finite number`);
    }
  });
  return issues;
}

/** Thrown by `kpiProgress` for a KPI that {@link validateKpi} refuses; `issues` says why. */
export class KpiProgressError extends Error {
  readonly issues: EvaluationIssue[];

  constructor(issues: EvaluationIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'KpiProgressError';
    this.issues = issues;
  }
}
