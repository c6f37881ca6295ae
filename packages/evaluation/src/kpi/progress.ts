import { DAYS_PER_YEAR, dayNumber } from '../dates.js';
import { leastSquaresSlope } from '../stats.js';
import { KpiProgressError, type ProgressKpi, validateKpi } from './validate.js';

export const KPI_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_TRENDS = ['improving', 'stable', 'worsening', 'unknown'] as const;
export type KpiTrend = (typeof KPI_TRENDS)[number];

/**
 * How far behind the time-elapsed share progress may fall (both in shares of the way from baseline to
 * target): `on_track` when progress ≥ expected − onTrack, `at_risk` when ≥ expected − atRisk, else
 * `off_track`. `achieved` (progress ≥ 1) comes first.
 */
export const KPI_STATUS_THRESHOLDS = Object.freeze({ onTrack: 0.1, atRisk: 0.25 });

/**
 * Trend: least-squares slope over the last `window` measurements, in shares of the way from baseline
 * to target per year; within ±`tolerance` it is `stable`.
 */
export const KPI_TREND_DEFAULTS = Object.freeze({ window: 4, tolerance: 0.05 });

/** Comparisons at a threshold are inclusive, and forgive floating-point noise up to this much. */
const EPSILON = 1e-9;

export interface KpiProgressOptions {
  /** The date the progress is computed for; measurements after it are ignored. */
  asOf: string;
  /** The action's start and planned end (its timeline): expected progress runs from 0 at start to 1 at end. */
  start: string;
  end: string;
  thresholds?: { onTrack?: number; atRisk?: number } | undefined;
  trend?: { window?: number; tolerance?: number } | undefined;
}

export interface KpiProgress {
  kpiId: string;
  /** The latest measurement on or before `asOf`, or null when there is none. */
  latest: { date: string; value: number } | null;
  /**
   * (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target, above 1 beyond it,
   * negative when the KPI moved the wrong way. Null without a measurement.
   */
  progress: number | null;
  /** Share of the timeline elapsed at `asOf`, clamped to 0–1. */
  expectedProgress: number;
  status: KpiStatus;
  trend: KpiTrend;
  /** The trend's slope in shares of the way from baseline to target per year (positive = improving). */
  trendSlope: number | null;
  /** Measurements on or before `asOf` that were read. */
  measurementsRead: number;
}

/**
 * Progress of a KPI at a date, in the manner of the IATI results standard (baseline, target, actual
 * values over time). Throws {@link KpiProgressError} for a KPI that {@link validateKpi} refuses (target
 * equal to the baseline, target on the worse side, a measurement before the action started) and
 * `RangeError` for a bad date or a timeline that ends before it starts.
 *
 * Status, with e = expectedProgress and p = progress (thresholds inclusive):
 * `no_data` without a measurement; `achieved` when p ≥ 1; `on_track` when p ≥ e − 0.1; `at_risk` when
 * p ≥ e − 0.25; `off_track` otherwise.
 */
export function kpiProgress(kpi: ProgressKpi, options: KpiProgressOptions): KpiProgress {
  const start = dayNumber(options.start, 'start');
  const end = dayNumber(options.end, 'end');
  const asOf = dayNumber(options.asOf, 'asOf');
  if (end < start) throw new RangeError(`the end (${options.end}) is before the start (${options.start})`);
  const issues = validateKpi(kpi, { start: options.start });
  if (issues.length > 0) throw new KpiProgressError(issues);

  const onTrack = options.thresholds?.onTrack ?? KPI_STATUS_THRESHOLDS.onTrack;
  const atRisk = options.thresholds?.atRisk ?? KPI_STATUS_THRESHOLDS.atRisk;
  const window = Math.max(2, Math.floor(options.trend?.window ?? KPI_TREND_DEFAULTS.window));
  const tolerance = options.trend?.tolerance ?? KPI_TREND_DEFAULTS.tolerance;

  const read = kpi.measurements
    .map(({ date, value }, index) => ({ date, value, day: dayNumber(date), index }))
    .filter((measurement) => measurement.day <= asOf)
    // By date; for two on one date (which the domain schema refuses) the later-listed one wins.
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const last = read.at(-1);

  const expectedProgress =
    end === start ? (asOf >= end ? 1 : 0) : Math.min(1, Math.max(0, (asOf - start) / (end - start)));
  const span = kpi.target.value - kpi.baseline.value;
  const progress = last === undefined ? null : (last.value - kpi.baseline.value) / span;

  let status: KpiStatus;
  if (progress === null) status = 'no_data';
  else if (progress >= 1 - EPSILON) status = 'achieved';
  else if (progress >= expectedProgress - onTrack - EPSILON) status = 'on_track';
  else if (progress >= expectedProgress - atRisk - EPSILON) status = 'at_risk';
  else status = 'off_track';

  const recent = read.slice(-window);
  const slope = leastSquaresSlope(
    recent.map((measurement) => ({ x: measurement.day / DAYS_PER_YEAR, y: measurement.value })),
  );
  const trendSlope = slope === null ? null : slope / span;
  const trend: KpiTrend =
    trendSlope === null
      ? 'unknown'
      : trendSlope > tolerance
        ? 'improving'
        : trendSlope < -tolerance
          ? 'worsening'
          : 'stable';

  return {
    kpiId: kpi.id,
    latest: last === undefined ? null : { date: last.date, value: last.value },
    progress,
    expectedProgress,
    status,
    trend,
    trendSlope,
    measurementsRead: read.length,
  };
}
