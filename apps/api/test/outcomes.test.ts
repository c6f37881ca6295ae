import { auditEvents, outcomeObservations } from '@regin/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

/** A JSON-stat 2.0 dataset shaped as Eurostat's API returns lfst_r_lfe2emprc (values made up). */
function jsonStat(overrides: { size?: number[]; value?: unknown } = {}) {
  return {
    version: '2.0',
    class: 'dataset',
    label:
      'Employment rates by sex, age, educational attainment level, country of birth and NUTS 2 region (%)',
    source: 'ESTAT',
    updated: '2024-04-25T23:00:00+0200',
    id: ['freq', 'unit', 'sex', 'age', 'c_birth', 'geo', 'time'],
    size: overrides.size ?? [1, 1, 1, 1, 2, 2, 1],
    dimension: {
      freq: { label: 'Time frequency', category: { index: { A: 0 }, label: { A: 'Annual' } } },
      unit: { label: 'Unit of measure', category: { index: { PC: 0 }, label: { PC: 'Percentage' } } },
      sex: { label: 'Sex', category: { index: { T: 0 }, label: { T: 'Total' } } },
      age: {
        label: 'Age class',
        category: { index: { 'Y20-64': 0 }, label: { 'Y20-64': 'From 20 to 64 years' } },
      },
      c_birth: {
        label: 'Country of birth',
        category: {
          index: { NAT: 0, NEU27_2020_FOR: 1 },
          label: { NAT: 'Reporting country', NEU27_2020_FOR: 'Non-EU27 countries' },
        },
      },
      geo: {
        label: 'Geopolitical entity',
        category: { index: { ES51: 0, ITF4: 1 }, label: { ES51: 'Cataluña', ITF4: 'Puglia' } },
      },
      time: { label: 'Time', category: { index: { '2023': 0 }, label: { '2023': '2023' } } },
    },
    // Row-major over the dimensions above: NAT×ES51, NAT×ITF4, NEU×ES51, NEU×ITF4.
    value: overrides.value ?? [74.2, 52.1, 61.0, 44.3],
  };
}

const mapping = { indicatorCode: 'OUT-EMP', unit: '%', dataset: 'lfst_r_lfe2emprc' };

describe('outcome statistics', () => {
  let context: TestContext;
  let coordinator: SignedIn;
  beforeAll(async () => {
    context = await createTestApp();
    coordinator = await signIn(context, ['coordinator']);
  });
  afterAll(async () => {
    await context.close();
  });

  const importOutcomes = (payload: object, who: SignedIn | null = coordinator) =>
    context.app.inject({
      method: 'POST',
      url: '/api/v1/outcomes/import',
      ...(who ? { headers: who.headers } : {}),
      payload,
    });
  const stored2023 = () =>
    context.database.db
      .select()
      .from(outcomeObservations)
      .where(and(eq(outcomeObservations.indicatorCode, 'OUT-EMP'), eq(outcomeObservations.year, 2023)));

  it('previews a JSON-stat import without storing anything', async () => {
    const response = await importOutcomes({
      format: 'json-stat',
      content: jsonStat(),
      mapping,
      dryRun: true,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      observations: number;
      regions: string[];
      years: number[];
      preview: { regionCode: string; group: { birth: string }; value: number }[];
    }>();
    expect(body).toMatchObject({ observations: 4, regions: ['ES51', 'ITF4'], years: [2023] });
    expect(body.preview).toContainEqual(
      expect.objectContaining({
        regionCode: 'ITF4',
        group: expect.objectContaining({ birth: 'non_eu', age: '20-64' }),
        value: 44.3,
      }),
    );
    expect(await stored2023()).toHaveLength(0);
  });

  it('stores the import, replaces values on re-import, and records it in the audit log', async () => {
    expect((await importOutcomes({ format: 'json-stat', content: jsonStat(), mapping })).statusCode).toBe(
      201,
    );
    expect(await stored2023()).toHaveLength(4);
    const corrected = jsonStat({ value: [74.2, 52.1, 61.5, 44.3] });
    expect(
      (await importOutcomes({ format: 'json-stat', content: JSON.stringify(corrected), mapping })).statusCode,
    ).toBe(201);
    const rows = await stored2023();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.regionCode === 'ES51' && r.birth === 'non_eu')?.value).toBe(61.5);
    const events = await context.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'outcomes'))
      .orderBy(auditEvents.id);
    expect(events).toHaveLength(2);
  });

  it('reads SDMX-CSV the same way', async () => {
    const csv = [
      'DATAFLOW,LAST UPDATE,freq,unit,sex,age,c_birth,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
      'ESTAT:LFST_R_LFE2EMPRC(1.0),25/04/24 23:00:00,A,PC,T,Y20-64,NAT,ES51,2022,73.0,',
      'ESTAT:LFST_R_LFE2EMPRC(1.0),25/04/24 23:00:00,A,PC,T,Y20-64,NEU27_2020_FOR,ES51,2022,,u',
    ].join('\n');
    const body = (await importOutcomes({ format: 'sdmx-csv', content: csv, mapping, dryRun: true })).json<{
      observations: number;
      skipped: { reason: string; count: number }[];
    }>();
    expect(body.observations).toBe(1);
    expect(body.skipped.reduce((sum, s) => sum + s.count, 0)).toBe(1);
  });

  it('refuses a JSON-stat file whose sizes do not match, naming the dimension, and stores nothing', async () => {
    const before = await context.database.db.select().from(outcomeObservations);
    const wrongSize = expectProblem(
      await importOutcomes({
        format: 'json-stat',
        content: jsonStat({ size: [1, 1, 1, 1, 2, 3, 1] }),
        mapping,
      }),
      400,
    );
    expect(wrongSize.detail).toMatch(/geo/);
    expect(wrongSize.errors?.[0]?.field).toBe('content');
    const wrongCount = expectProblem(
      await importOutcomes({ format: 'json-stat', content: jsonStat({ value: [1, 2, 3] }), mapping }),
      400,
    );
    expect(wrongCount.detail).toMatch(/value/);
    const notJson = expectProblem(
      await importOutcomes({ format: 'json-stat', content: '{"version":', mapping }),
      400,
    );
    expect(notJson.errors?.[0]?.field).toBe('content');
    expect(await context.database.db.select().from(outcomeObservations)).toHaveLength(before.length);
  });

  it('refuses an indicator that is not an outcome indicator, and writers without the role', async () => {
    const notOutcome = expectProblem(
      await importOutcomes({
        format: 'json-stat',
        content: jsonStat(),
        mapping: { ...mapping, indicatorCode: 'LM-01' },
      }),
      422,
    );
    expect(notOutcome.errors?.[0]?.field).toBe('mapping.indicatorCode');
    expectProblem(await importOutcomes({ format: 'json-stat', content: jsonStat(), mapping }, null), 401);
    const editor = await signIn(context, ['regional_editor'], ['ES51']);
    expectProblem(await importOutcomes({ format: 'json-stat', content: jsonStat(), mapping }, editor), 403);
  });

  it('lists observations and computes the non-EU-born minus native-born gap', async () => {
    const list = (
      await context.app.inject({
        method: 'GET',
        url: '/api/v1/outcomes?indicator=OUT-EMP&year=2023&region=ES51',
      })
    ).json<{
      items: { group: { birth: string }; value: number }[];
      total: number;
    }>();
    expect(list.total).toBe(2);
    const gaps = (
      await context.app.inject({ method: 'GET', url: '/api/v1/outcomes/gaps?indicator=OUT-EMP&year=2023' })
    ).json<{
      items: { regionCode: string; a: number; b: number; gap: number }[];
    }>();
    // ES51: 61.5 − 74.2 = −12.7; ITF4: 44.3 − 52.1 = −7.8
    expect(gaps.items.find((g) => g.regionCode === 'ES51')?.gap).toBeCloseTo(-12.7, 9);
    expect(gaps.items.find((g) => g.regionCode === 'ITF4')?.gap).toBeCloseTo(-7.8, 9);
  });

  it('correlates policy scores with an outcome gap across the seeded regions', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/v1/outcomes/correlation?indicator=OUT-EMP&year=2024&select=policy_area:labour_market',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      n: number;
      pearson: number | null;
      spearman: number | null;
      points: unknown[];
    }>();
    expect(body.n).toBe(body.points.length);
    expect(body.n).toBeGreaterThanOrEqual(20);
    for (const r of [body.pearson, body.spearman]) {
      expect(r).not.toBeNull();
      expect(Math.abs(r as number)).toBeLessThanOrEqual(1);
    }
  });
});
