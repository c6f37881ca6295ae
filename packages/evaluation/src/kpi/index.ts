export {
  BREAKDOWN_RELATIVE_TOLERANCE,
  type BreakdownIssue,
  type CheckBreakdownOptions,
  checkBreakdown,
  sumBreakdown,
} from './breakdown.js';
export {
  KPI_STATUS_THRESHOLDS,
  KPI_STATUSES,
  KPI_TREND_DEFAULTS,
  KPI_TRENDS,
  type KpiProgress,
  type KpiProgressOptions,
  type KpiStatus,
  type KpiTrend,
  kpiProgress,
} from './progress.js';
export { KpiProgressError, type ProgressKpi, validateKpi } from './validate.js';
