import type { Kpi } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { kpiProgress } from './progress.js';
import { KpiProgressError, validateKpi } from './validate.js';

// The action runs from 2021-03-01 to 2023-03-01: 365 + 365 = 730 days.
// On 2022-03-01, 365 of them have passed, so expected progress is 365 / 730 = 0.5 exactly.
const timeline = { start: '2021-03-01', end: '2023-03-01', asOf: '2022-03-01' };

/** Employment rate of participants (%), higher is better: baseline 40, target 60 (a span of 20). */
function higher(measurements: { date: string; value: number }[]): Kpi {
  return {
    id: 'K1',
    name: { source: 'en', text: { en: 'Participants in work' } },
    unit: '%',
    direction: 'higher_is_better',
    baseline: { value: 40, year: 2020 },
    target: { value: 60, year: 2023 },
    measurements,
  };
}

/** Early school leavers (%), lower is better: baseline 30, target 20 (a span of −10). */
function lower(measurements: { date: string; value: number }[]): Kpi {
  return {
    ...higher(measurements),
    id: 'K2',
    direction: 'lower_is_better',
    baseline: { value: 30, year: 2020 },
    target: { value: 20, year: 2023 },
  };
}

const at = (value: number) => [{ date: '2022-03-01', value }];

describe('kpiProgress: progress and status', () => {
  it('computes the share of the way and the time elapsed (higher is better)', () => {
    // progress = (48 − 40) / (60 − 40) = 0.4; expected 0.5; 0.4 ≥ 0.5 − 0.1 → on track (at the boundary)
    const result = kpiProgress(higher([{ date: '2021-09-01', value: 44 }, ...at(48)]), timeline);
    expect(result).toMatchObject({
      kpiId: 'K1',
      latest: { date: '2022-03-01', value: 48 },
      progress: 0.4,
      expectedProgress: 0.5,
      status: 'on_track',
      measurementsRead: 2,
    });
  });

  it('puts the on-track, at-risk and off-track boundaries where the README says', () => {
    const status = (value: number) => kpiProgress(higher(at(value)), timeline).status;
    expect(status(49)).toBe('on_track'); // (49 − 40) / 20 = 0.45 ≥ 0.4
    expect(status(48)).toBe('on_track'); // 0.4 = 0.5 − 0.1, inclusive
    expect(status(47.9)).toBe('at_risk'); // 0.395 < 0.4, ≥ 0.25
    expect(status(45)).toBe('at_risk'); // 0.25 = 0.5 − 0.25, inclusive
    expect(status(44.8)).toBe('off_track'); // 0.24 < 0.25
    expect(status(38)).toBe('off_track'); // (38 − 40) / 20 = −0.1: moved the wrong way
  });

  it('marks a KPI achieved at or beyond its target, whatever the date', () => {
    expect(kpiProgress(higher(at(60)), timeline)).toMatchObject({ progress: 1, status: 'achieved' });
    // (62 − 40) / 20 = 1.1: progress is not capped
    expect(kpiProgress(higher(at(62)), timeline).progress).toBeCloseTo(1.1, 12);
    expect(kpiProgress(higher(at(62)), timeline).status).toBe('achieved');
  });

  it('handles lower-is-better KPIs whose target is below the baseline', () => {
    // (26 − 30) / (20 − 30) = −4 / −10 = 0.4 → on track at expected 0.5
    expect(kpiProgress(lower(at(26)), timeline)).toMatchObject({ progress: 0.4, status: 'on_track' });
    // (32 − 30) / −10 = −0.2: worse than the baseline → off track
    expect(kpiProgress(lower(at(32)), timeline)).toMatchObject({ progress: -0.2, status: 'off_track' });
    // (27.5 − 30) / −10 = 0.25 → at risk (0.25 ≥ 0.5 − 0.25)
    expect(kpiProgress(lower(at(27.5)), timeline)).toMatchObject({ progress: 0.25, status: 'at_risk' });
    // (19 − 30) / −10 = 1.1 → achieved
    expect(kpiProgress(lower(at(19)), timeline).status).toBe('achieved');
  });

  it('reports no data when nothing was measured by the date', () => {
    // the only measurement is after asOf, so it is not read
    const result = kpiProgress(higher([{ date: '2022-06-01', value: 55 }]), timeline);
    expect(result).toEqual({
      kpiId: 'K1',
      latest: null,
      progress: null,
      expectedProgress: 0.5,
      status: 'no_data',
      trend: 'unknown',
      trendSlope: null,
      measurementsRead: 0,
    });
    expect(kpiProgress(higher([]), timeline).status).toBe('no_data');
  });

  it('clamps expected progress to 0 before the start and 1 after the end', () => {
    const kpi = higher([{ date: '2021-03-01', value: 41 }]);
    expect(kpiProgress(kpi, { ...timeline, asOf: '2021-03-01' }).expectedProgress).toBe(0);
    expect(kpiProgress(kpi, { ...timeline, asOf: '2025-01-01' }).expectedProgress).toBe(1);
    // 2021-03-01 → 2021-04-01 is 31 of 730 days
    expect(kpiProgress(kpi, { ...timeline, asOf: '2021-04-01' }).expectedProgress).toBeCloseTo(31 / 730, 12);
    // a one-day timeline: 0 before its end, 1 from it
    const oneDay = { start: '2021-03-01', end: '2021-03-01', asOf: '2021-03-01' };
    expect(kpiProgress(kpi, oneDay).expectedProgress).toBe(1);
  });

  it('takes the latest measurement by date, not by list order', () => {
    const kpi = higher([
      { date: '2022-01-01', value: 50 },
      { date: '2021-06-01', value: 42 },
    ]);
    expect(kpiProgress(kpi, timeline).latest).toEqual({ date: '2022-01-01', value: 50 });
  });
});

describe('kpiProgress: trend', () => {
  it('computes the least-squares slope in shares of the way per year', () => {
    // two points 365 days apart: 40 → 48; slope = 8 / (365 / 365.25) per year = 8.00548 per year;
    // divided by the span (20): 0.400274 per year, above the 0.05 tolerance → improving
    const result = kpiProgress(
      higher([
        { date: '2021-03-01', value: 40 },
        { date: '2022-03-01', value: 48 },
      ]),
      timeline,
    );
    expect(result.trendSlope).toBeCloseTo((8 * 365.25) / 365 / 20, 12);
    expect(result.trend).toBe('improving');
  });

  it('calls a flat series stable and a falling one worsening', () => {
    // x = 0, 184, 365 days; y = 45, 45.5, 45: Σ(x − x̄)(y − ȳ) = 0.5, Σ(x − x̄)² = 66614
    // slope = 0.5 / 66614 per day × 365.25 = 0.00274 per year; / 20 = 0.000137 → stable
    const flat = kpiProgress(
      higher([
        { date: '2021-03-01', value: 45 },
        { date: '2021-09-01', value: 45.5 },
        { date: '2022-03-01', value: 45 },
      ]),
      timeline,
    );
    expect(flat.trendSlope).toBeCloseTo(((0.5 / 66614) * 365.25) / 20, 12);
    expect(flat.trend).toBe('stable');
    const falling = kpiProgress(
      higher([
        { date: '2021-03-01', value: 48 },
        { date: '2021-09-01', value: 46 },
        { date: '2022-03-01', value: 44 },
      ]),
      timeline,
    );
    expect(falling.trend).toBe('worsening');
  });

  it('reads improvement the right way round for lower-is-better KPIs', () => {
    const falling = lower([
      { date: '2021-03-01', value: 30 },
      { date: '2021-09-01', value: 28 },
      { date: '2022-03-01', value: 27 },
    ]);
    expect(kpiProgress(falling, timeline).trend).toBe('improving');
  });

  it('looks at the last four measurements only', () => {
    // up from 40 to 50, then down 49 → 46 over the last four: the recent trend is worsening
    const kpi = higher([
      { date: '2021-03-01', value: 40 },
      { date: '2021-04-01', value: 50 },
      { date: '2021-06-01', value: 49 },
      { date: '2021-08-01', value: 48 },
      { date: '2021-10-01', value: 47 },
      { date: '2021-12-01', value: 46 },
    ]);
    expect(kpiProgress(kpi, timeline).trend).toBe('worsening');
    // with a window of six, the rise from 40 dominates: improving
    expect(kpiProgress(kpi, { ...timeline, trend: { window: 6 } }).trend).toBe('improving');
  });

  it('needs two measurements for a trend', () => {
    expect(kpiProgress(higher(at(50)), timeline).trend).toBe('unknown');
  });
});

describe('kpiProgress: refusals', () => {
  it('refuses a target equal to the baseline', () => {
    const kpi = { ...higher(at(48)), target: { value: 40, year: 2023 } };
    expect(() => kpiProgress(kpi, timeline)).toThrow(
      new KpiProgressError([
        {
          path: ['target', 'value'],
          item: 'K1',
          severity: 'error',
          message: 'KPI K1: target equals baseline, progress cannot be measured',
        },
      ]),
    );
    expect(() => kpiProgress(kpi, timeline)).toThrow(
      'KPI K1: target equals baseline, progress cannot be measured',
    );
  });

  it('refuses a measurement dated before the action started', () => {
    const kpi = higher([{ date: '2020-01-05', value: 41 }, ...at(48)]);
    expect(validateKpi(kpi, { start: '2021-03-01' })).toEqual([
      {
        path: ['measurements', 0, 'date'],
        item: 'K1',
        severity: 'error',
        message: 'KPI K1: measurement of 2020-01-05 is before the action started on 2021-03-01',
      },
    ]);
    expect(() => kpiProgress(kpi, timeline)).toThrow(
      'KPI K1: measurement of 2020-01-05 is before the action started on 2021-03-01',
    );
  });

  it('refuses a target on the worse side of the baseline for the direction', () => {
    const kpi = { ...higher(at(48)), target: { value: 30, year: 2023 } };
    expect(() => kpiProgress(kpi, timeline)).toThrow(
      'KPI K1: the target (30) is below the baseline (40) but higher is better; fix the direction or the target',
    );
    const upside = { ...lower(at(26)), target: { value: 35, year: 2023 } };
    expect(validateKpi(upside, { start: '2021-03-01' })[0]?.message).toBe(
      'KPI K2: the target (35) is above the baseline (30) but lower is better; fix the direction or the target',
    );
  });

  it('throws RangeError for bad dates and a timeline ending before it starts', () => {
    const kpi = higher(at(48));
    expect(() => kpiProgress(kpi, { ...timeline, asOf: '2022-02-30' })).toThrow(RangeError);
    expect(() => kpiProgress(kpi, { ...timeline, end: '2020-01-01' })).toThrow(
      'the end (2020-01-01) is before the start (2021-03-01)',
    );
  });

  it('accepts a valid KPI without issues', () => {
    expect(validateKpi(higher(at(48)), { start: '2021-03-01' })).toEqual([]);
  });
});
