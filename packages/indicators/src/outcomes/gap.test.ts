import type { OutcomeObservation, PopulationGroup } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { groupGap } from './gap.js';

const observation = (
  regionCode: string,
  year: number,
  group: Partial<PopulationGroup>,
  value: number,
  indicatorCode = 'EMP',
): OutcomeObservation => ({
  regionCode,
  indicatorCode,
  year,
  group: { birth: 'total', sex: 'T', ...group },
  value,
  unit: '%',
  source: { dataset: 'lfst_r_lfe2emprc' },
  illustrative: true,
});

const OBSERVATIONS: OutcomeObservation[] = [
  observation('ITF4', 2023, { birth: 'native' }, 50),
  observation('ITF4', 2023, { birth: 'non_eu' }, 45),
  observation('ES51', 2023, { birth: 'native' }, 72),
  observation('ES51', 2023, { birth: 'non_eu' }, 60.5),
  observation('ES51', 2023, { birth: 'non_eu', sex: 'F' }, 52),
  observation('ES51', 2023, { birth: 'native', sex: 'F' }, 68),
  observation('ES51', 2022, { birth: 'non_eu' }, 58),
  observation('ES51', 2023, { birth: 'non_eu' }, 99, 'OTHER'),
  // SE22 has no non-EU-born figure: left out.
  observation('SE22', 2023, { birth: 'native' }, 80),
];

describe('groupGap', () => {
  it('gives a − b per region in percentage points, sorted by region; unspecified fields mean the total', () => {
    // ES51: 60.5 − 72 = −11.5; ITF4: 45 − 50 = −5.
    expect(
      groupGap(OBSERVATIONS, {
        indicatorCode: 'EMP',
        year: 2023,
        a: { birth: 'non_eu' },
        b: { birth: 'native' },
      }),
    ).toEqual([
      { regionCode: 'ES51', a: 60.5, b: 72, gap: -11.5 },
      { regionCode: 'ITF4', a: 45, b: 50, gap: -5 },
    ]);
  });

  it('gives (a − b) / b · 100 when relative', () => {
    // ES51: −11.5 / 72 · 100 = −15.972…; ITF4: −5 / 50 · 100 = −10.
    const [es51, itf4] = groupGap(OBSERVATIONS, {
      indicatorCode: 'EMP',
      year: 2023,
      a: { birth: 'non_eu' },
      b: { birth: 'native' },
      relative: true,
    });
    expect(es51?.gap).toBeCloseTo(-15.9722, 4);
    expect(itf4?.gap).toBe(-10);
  });

  it('compares any two groups, e.g. women against men of the same birth group', () => {
    // ES51 women: non-EU-born 52 − native-born 68 = −16.
    expect(
      groupGap(OBSERVATIONS, {
        indicatorCode: 'EMP',
        year: 2023,
        a: { birth: 'non_eu', sex: 'F' },
        b: { birth: 'native', sex: 'F' },
      }),
    ).toEqual([{ regionCode: 'ES51', a: 52, b: 68, gap: -16 }]);
  });

  it('leaves out regions where b is 0 in relative mode', () => {
    const zero = [
      observation('ES51', 2023, { birth: 'non_eu' }, 5),
      observation('ES51', 2023, { birth: 'native' }, 0),
    ];
    expect(
      groupGap(zero, {
        indicatorCode: 'EMP',
        year: 2023,
        a: { birth: 'non_eu' },
        b: { birth: 'native' },
        relative: true,
      }),
    ).toEqual([]);
  });

  it('refuses a group that matches two age bands in one region', () => {
    const ages = [
      observation('ES51', 2023, { birth: 'non_eu', age: '20-64' }, 60),
      observation('ES51', 2023, { birth: 'non_eu', age: '15-64' }, 55),
      observation('ES51', 2023, { birth: 'native', age: '20-64' }, 70),
    ];
    const options = {
      indicatorCode: 'EMP',
      year: 2023,
      a: { birth: 'non_eu' as const },
      b: { birth: 'native' as const },
    };
    expect(() => groupGap(ages, options)).toThrow(/more than one observation of EMP in ES51, 2023/);
    expect(groupGap(ages, { ...options, a: { birth: 'non_eu', age: '20-64' } })).toEqual([
      { regionCode: 'ES51', a: 60, b: 70, gap: -10 },
    ]);
  });
});
