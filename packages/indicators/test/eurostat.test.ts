import { describe, expect, it } from 'vitest';
import {
  EUROSTAT_GROUP_DIMENSIONS,
  type EurostatMapping,
  OutcomeImportError,
  parseJsonStat,
  parseSdmxCsv,
} from '../src/eurostat/index.js';
import sdmxCsv from './fixtures/eurostat/lfst_r_lfe2emprc.csv?raw';
import jsonStat from './fixtures/eurostat/lfst_r_lfe2emprc.json' with { type: 'json' };

const MAPPING: EurostatMapping = { indicatorCode: 'EMP_RATE', illustrative: true };
const URL = 'https://ec.europa.eu/eurostat/databrowser/view/lfst_r_lfe2emprc/default/table';

/** A deep copy of the fixture to modify. */
const fixture = (): Record<string, unknown> & typeof jsonStat => structuredClone(jsonStat);

/** A small synthetic cube: dimension id → codes, values dense in row-major order. */
function cube(dimensions: Record<string, string[]>, value: unknown, extra: Record<string, unknown> = {}) {
  const ids = Object.keys(dimensions);
  return {
    version: '2.0',
    class: 'dataset',
    id: ids,
    size: ids.map((id) => dimensions[id]!.length),
    dimension: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          label: id,
          category: { index: Object.fromEntries(dimensions[id]!.map((code, index) => [code, index])) },
        },
      ]),
    ),
    value,
    extension: { id: 'TEST_SET' },
    ...extra,
  };
}

describe('parseJsonStat', () => {
  it('reads the fixture: 96 cells, one missing, every group mapped', () => {
    const { observations, skipped } = parseJsonStat(jsonStat, MAPPING);
    // 3 sexes × 4 birth groups × 4 regions × 2 years = 96 cells; PT20 non-EU-born women 2023 has no value.
    expect(observations).toHaveLength(95);
    expect(skipped).toEqual([{ reason: 'missing value', count: 1 }]);
    expect(
      observations.find(
        (o) =>
          o.regionCode === 'ES51' && o.year === 2023 && o.group.birth === 'non_eu' && o.group.sex === 'T',
      ),
    ).toEqual({
      regionCode: 'ES51',
      indicatorCode: 'EMP_RATE',
      year: 2023,
      group: { birth: 'non_eu', sex: 'T', age: '20-64' },
      value: 64.9,
      unit: '%',
      source: { dataset: 'lfst_r_lfe2emprc', url: URL },
      illustrative: true,
    });
    // Flags travel with the value: low reliability for PT20's EU-born, a break in series for SE22 in 2023.
    expect(
      observations.find(
        (o) => o.regionCode === 'PT20' && o.year === 2022 && o.group.birth === 'eu' && o.group.sex === 'F',
      ),
    ).toMatchObject({
      value: 60.1,
      source: { flags: 'u' },
    });
    expect(
      observations
        .filter((o) => o.regionCode === 'SE22' && o.year === 2023)
        .every((o) => o.source.flags === 'b'),
    ).toBe(true);
    expect(new Set(observations.map((o) => o.group.birth))).toEqual(
      new Set(['native', 'eu', 'non_eu', 'total']),
    );
    expect(
      observations.some(
        (o) =>
          o.regionCode === 'PT20' && o.year === 2023 && o.group.birth === 'non_eu' && o.group.sex === 'F',
      ),
    ).toBe(false);
  });

  it('reads a dense value array the same as the sparse object', () => {
    const dense = fixture();
    const total = dense.size.reduce((product, size) => product * size, 1);
    const values = dense.value as Record<string, number>;
    const status = dense.status as Record<string, string>;
    dense.value = Array.from({ length: total }, (_, index) => values[String(index)] ?? null) as never;
    dense.status = Array.from({ length: total }, (_, index) => status[String(index)] ?? null) as never;
    expect(parseJsonStat(dense, MAPPING)).toEqual(parseJsonStat(jsonStat, MAPPING));
  });

  it('reads category.index given as an array of codes', () => {
    const arrays = fixture() as Record<string, unknown> & {
      dimension: Record<string, { category: { index: unknown } }>;
    };
    for (const dimension of Object.values(arrays.dimension)) {
      dimension.category.index = Object.keys(dimension.category.index as object);
    }
    expect(parseJsonStat(arrays, MAPPING)).toEqual(parseJsonStat(jsonStat, MAPPING));
  });

  it('refuses a size that does not match the categories, naming the dimension', () => {
    const broken = fixture();
    broken.size = [1, 1, 3, 1, 1, 4, 3, 2];
    expect(() => parseJsonStat(broken, MAPPING)).toThrow(
      new OutcomeImportError('dimension geo declares size 3 but lists 4 categories'),
    );
  });

  it('refuses a dense value array whose length does not match the sizes', () => {
    const broken = cube({ geo: ['ES51', 'ITF4'], time: ['2023'] }, [1, 2, 3], { extension: {} });
    expect(() => parseJsonStat(broken, { ...MAPPING, unit: '%', dataset: 'x' })).toThrow(
      '"value" holds 3 values but the dimension sizes (2 × 1) multiply to 2',
    );
  });

  it('refuses sparse keys outside the cube, unknown dimensions, and error responses', () => {
    const outside = cube({ geo: ['ES51'], time: ['2023'] }, { 1: 5 });
    expect(() => parseJsonStat(outside, { ...MAPPING, unit: '%' })).toThrow('"value" has key "1"');
    const missing = cube({ geo: ['ES51'], time: ['2023'] }, [5]);
    missing.id = ['geo', 'time', 'sex'];
    missing.size = [1, 1, 1];
    expect(() => parseJsonStat(missing, MAPPING)).toThrow(
      'dimension sex is listed in "id" but not described',
    );
    expect(() => parseJsonStat({ error: [{ status: 404, label: 'Dataset not found' }] }, MAPPING)).toThrow(
      'the response is an error, not a dataset: Dataset not found',
    );
    expect(() => parseJsonStat({ class: 'collection' }, MAPPING)).toThrow(OutcomeImportError);
  });

  it('keeps only the regions asked for and counts the others', () => {
    const { observations, skipped } = parseJsonStat(jsonStat, { ...MAPPING, regionCodes: ['ES51', 'SE22'] });
    expect(observations).toHaveLength(48);
    // ITF4 has 24 values, PT20 23 (one is missing): 47 values left out on purpose.
    expect(skipped).toEqual([{ reason: 'region not in mapping.regionCodes', count: 47 }]);
  });

  it('filters group dimensions with fixed codes', () => {
    const { observations, skipped } = parseJsonStat(jsonStat, { ...MAPPING, fixed: { sex: 'T' } });
    expect(observations).toHaveLength(32);
    expect(observations.every((o) => o.group.sex === 'T')).toBe(true);
    // 2 × 32 cells of women and men minus the missing one.
    expect(skipped).toEqual([{ reason: 'filtered out by mapping.fixed.sex', count: 63 }]);
  });

  it('counts codes the mapping does not know instead of dropping them silently', () => {
    const { observations, skipped } = parseJsonStat(jsonStat, {
      ...MAPPING,
      dimensions: { c_birth: { NAT: { birth: 'native' }, TOTAL: { birth: 'total' } } },
    });
    expect(observations).toHaveLength(48);
    expect(skipped).toEqual([
      { reason: 'unknown c_birth code "EU27_2020_FOR" (not in the mapping)', count: 24 },
      { reason: 'unknown c_birth code "NEU27_2020_FOR" (not in the mapping)', count: 23 },
    ]);
  });

  it('refuses a dimension with several codes that is neither a group nor fixed', () => {
    const data = cube({ unit: ['PC'], isced11: ['ED0-2', 'TOTAL'], geo: ['ES51'], time: ['2023'] }, [40, 60]);
    expect(() => parseJsonStat(data, MAPPING)).toThrow(
      "dimension isced11 has 2 codes (ED0-2, TOTAL) and is neither a population group nor fixed: add fixed: { isced11: 'TOTAL' } to the mapping",
    );
    const { observations } = parseJsonStat(data, { ...MAPPING, fixed: { isced11: 'TOTAL' } });
    expect(observations.map((o) => [o.value, o.unit, o.source.dataset])).toEqual([[60, '%', 'test_set']]);
    expect(() => parseJsonStat(data, { ...MAPPING, fixed: { isced11: 'ED5-8' } })).toThrow(
      "mapping.fixed keeps isced11=ED5-8, but the dataset's isced11 lists only ED0-2, TOTAL",
    );
    expect(() => parseJsonStat(data, { ...MAPPING, fixed: { isced: 'TOTAL' } })).toThrow(
      'mapping.fixed names dimension "isced"',
    );
  });

  it('maps citizenship, reads age bands by pattern, skips aggregates and invalid values', () => {
    const data = cube(
      {
        unit: ['PC'],
        citizen: ['NAT', 'NEU27_2020_FOR'],
        age: ['Y25-49'],
        geo: ['EU27_2020', 'AT13'],
        time: ['2022', '2023-Q1'],
      },
      [50, 51, 52, 53, 60, 61, 120, 63],
    );
    const { observations, skipped } = parseJsonStat(data, MAPPING);
    expect(observations).toEqual([
      expect.objectContaining({
        regionCode: 'AT13',
        year: 2022,
        group: { birth: 'total', citizenship: 'national', sex: 'T', age: '25-49' },
        value: 52,
      }),
    ]);
    expect(skipped).toEqual([
      { reason: 'geo "EU27_2020" is not a region code (an aggregate such as EU27_2020?)', count: 4 },
      { reason: 'invalid observation: value a percentage must be between 0 and 100', count: 1 },
      { reason: 'time "2023-Q1" is not a year (annual data only)', count: 2 },
    ]);
  });

  it('needs a unit and a dataset name when the file has none', () => {
    const data = cube({ geo: ['ES51'], time: ['2023'] }, [5], { extension: {} });
    expect(() => parseJsonStat(data, MAPPING)).toThrow('give mapping.unit');
    expect(() => parseJsonStat(data, { ...MAPPING, unit: 'EUR' })).toThrow('give mapping.dataset');
    expect(
      parseJsonStat(data, {
        ...MAPPING,
        unit: 'EUR',
        dataset: 'regional survey',
        url: 'https://example.org/s',
      }).observations[0]?.source,
    ).toEqual({
      dataset: 'regional survey',
      url: 'https://example.org/s',
    });
  });

  it('refuses two codes mapped to one group', () => {
    const data = cube(
      { unit: ['PC'], c_birth: ['EU28_FOR', 'EU27_2020_FOR'], geo: ['ES51'], time: ['2023'] },
      [5, 6],
    );
    expect(() =>
      parseJsonStat(data, {
        ...MAPPING,
        dimensions: { c_birth: { ...EUROSTAT_GROUP_DIMENSIONS.c_birth, EU28_FOR: { birth: 'eu' } } },
      }),
    ).toThrow('two values map to the same observation (ES51, 2023, eu, , T, )');
  });
});

describe('parseSdmxCsv', () => {
  it('reads the SDMX-CSV fixture to the same observations and counts as the JSON-stat fixture', () => {
    const fromCsv = parseSdmxCsv(sdmxCsv, MAPPING);
    expect(fromCsv.observations).toHaveLength(95);
    expect(fromCsv).toEqual(parseJsonStat(jsonStat, MAPPING));
  });

  it('reads cells written with labels (labels=both) by their code', () => {
    const labelled = sdmxCsv.replaceAll(',PC,', ',PC:Percentage,').replaceAll(',ES51,', ',ES51:Cataluña,');
    expect(parseSdmxCsv(labelled, MAPPING)).toEqual(parseSdmxCsv(sdmxCsv, MAPPING));
  });

  it('applies the same filters as for JSON-stat, time included', () => {
    const mapping = { ...MAPPING, regionCodes: ['SE22'], fixed: { sex: 'F', time: '2023' } };
    const fromCsv = parseSdmxCsv(sdmxCsv, mapping);
    expect(fromCsv.observations).toHaveLength(4);
    expect(fromCsv).toEqual(parseJsonStat(jsonStat, mapping));
  });

  it('refuses a file without OBS_VALUE or with a short row', () => {
    expect(() => parseSdmxCsv('DATAFLOW,geo,TIME_PERIOD\nX,ES51,2023\n', MAPPING)).toThrow(
      "the header has no OBS_VALUE column: is this Eurostat's SDMX-CSV?",
    );
    expect(() => parseSdmxCsv('geo,TIME_PERIOD,OBS_VALUE\nES51,2023\n', { ...MAPPING, unit: '%' })).toThrow(
      'line 2 has 2 cells but the header has 3',
    );
  });
});
