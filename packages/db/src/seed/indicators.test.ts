import {
  answerSchema,
  frameworkSchema,
  outcomeObservationSchema,
  type PolicyArea,
  tagValues,
} from '@regin/domain';
import { DEFAULT_FRAMEWORK_ID, defaultFramework } from '@regin/indicators';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { answers, assessments, frameworks, outcomeObservations } from '../schema/indicators.js';
import { createTestDatabase } from '../testing.js';
import { ILLUSTRATIVE_ROUNDS, type IndicatorSeedReport, seedIndicators } from './indicators.js';
import { seedDatabase } from './seed.js';

const POLICY = defaultFramework.indicators.filter((indicator) => indicator.kind === 'policy');
const OUTCOME = defaultFramework.indicators.filter((indicator) => indicator.kind === 'outcome');
const AREA = new Map(POLICY.map((indicator) => [indicator.code, tagValues(indicator, 'policy_area')[0]]));
const SCORE: Record<string, number> = { yes: 100, partial: 50, no: 0 };

interface AnswerView {
  region: string;
  round: number;
  code: string;
  optionId: string | null;
  notApplicable: boolean;
}

describe('seedIndicators', () => {
  let handle: DatabaseHandle;
  let first: IndicatorSeedReport;

  async function tableCounts() {
    const [f] = await handle.db.select({ n: count() }).from(frameworks);
    const [a] = await handle.db.select({ n: count() }).from(assessments);
    const [r] = await handle.db.select({ n: count() }).from(answers);
    const [o] = await handle.db.select({ n: count() }).from(outcomeObservations);
    return { frameworks: f?.n, assessments: a?.n, answers: r?.n, outcomes: o?.n };
  }

  async function answerViews(): Promise<AnswerView[]> {
    const rows = await handle.db
      .select({
        region: assessments.regionCode,
        round: assessments.round,
        code: answers.indicatorCode,
        optionId: answers.optionId,
        notApplicable: answers.notApplicable,
      })
      .from(answers)
      .innerJoin(assessments, eq(answers.assessmentId, assessments.id));
    return rows.sort((a, b) =>
      `${a.region}|${a.round}|${a.code}`.localeCompare(`${b.region}|${b.round}|${b.code}`),
    );
  }

  function mean(views: AnswerView[], keep: (view: AnswerView) => boolean): number {
    const scored = views.filter((view) => keep(view) && view.optionId !== null);
    return scored.reduce((sum, view) => sum + (SCORE[view.optionId ?? ''] ?? 0), 0) / scored.length;
  }

  beforeAll(async () => {
    handle = await createTestDatabase();
    // seedDatabase seeds the regions first, then calls seedIndicators in the same transaction.
    const report = await seedDatabase(handle.db);
    expect(report.regionsInserted).toBeGreaterThan(0);
    first = {
      frameworksInserted: report.frameworksInserted,
      assessmentsInserted: report.assessmentsInserted,
      answersInserted: report.answersInserted,
      outcomeObservationsInserted: report.outcomeObservationsInserted,
    };
  });
  afterAll(async () => {
    await handle.close();
  });

  it('inserts the framework, two published rounds for the 25 NUTS regions, their answers and outcomes', async () => {
    const regionsSeeded = 25;
    const rounds = ILLUSTRATIVE_ROUNDS.length;
    // Employment has F, M and T; the other outcomes T only; four birth groups each.
    const perRegionYear = (OUTCOME.length - 1) * 4 + 3 * 4;
    expect(first).toEqual({
      frameworksInserted: 1,
      assessmentsInserted: regionsSeeded * rounds,
      answersInserted: regionsSeeded * rounds * POLICY.length,
      outcomeObservationsInserted: regionsSeeded * rounds * perRegionYear,
    });
    const rows = await handle.db.select().from(assessments);
    expect(rows.every((row) => row.status === 'published' && row.illustrative)).toBe(true);
    expect(rows.every((row) => row.publishedAt !== null && row.validatedAt !== null)).toBe(true);
    expect(rows.some((row) => row.regionCode === 'MA-02')).toBe(false);
    expect(new Set(rows.map((row) => row.regionCode)).size).toBe(regionsSeeded);
  });

  it('stores the default framework as its definition', async () => {
    const [row] = await handle.db.select().from(frameworks).where(eq(frameworks.id, DEFAULT_FRAMEWORK_ID));
    expect(row).toMatchObject({ version: '1.0.0', illustrative: false });
    expect(row?.indicatorCount).toBe(defaultFramework.indicators.length);
    expect(frameworkSchema.parse(row?.definition)).toEqual(defaultFramework);
  });

  it('writes answers that the domain schema accepts, labelled illustrative, with N/A where there is no competence', async () => {
    const rows = await handle.db.select().from(answers);
    for (const row of rows) {
      const answer = answerSchema.parse({
        indicatorCode: row.indicatorCode,
        ...(row.optionId === null ? {} : { optionId: row.optionId }),
        notApplicable: row.notApplicable,
        justification: row.justification,
        sources: row.sources,
      });
      expect(answer.justification).toMatch(/^Illustrative answer: /);
      expect(answer.sources).toEqual([
        expect.objectContaining({ kind: 'document', title: expect.stringMatching(/^Illustrative source/) }),
      ]);
    }
    const views = await answerViews();
    // Swedish regions hold no labour-market competence in the illustrative profiles; Spanish ones do.
    const skane = views.filter((view) => view.region === 'SE224' && AREA.get(view.code) === 'labour_market');
    expect(skane.every((view) => view.notApplicable && view.optionId === null)).toBe(true);
    const catalonia = views.filter((view) => view.region === 'ES51');
    expect(catalonia.some((view) => view.notApplicable)).toBe(false);
  });

  it('makes regions differ, tells the pilots’ stories and mostly improves from 2021 to 2024', async () => {
    const views = await answerViews();
    const overall = (region: string, round: number) =>
      mean(views, (view) => view.region === region && view.round === round);
    const byArea = (region: string, round: number, area: PolicyArea) =>
      mean(views, (view) => view.region === region && view.round === round && AREA.get(view.code) === area);

    const regions = [...new Set(views.map((view) => view.region))];
    const scores2021 = regions.map((region) => overall(region, 2021));
    expect(Math.max(...scores2021) - Math.min(...scores2021)).toBeGreaterThan(20);

    const better = regions.filter((region) => overall(region, 2024) >= overall(region, 2021));
    expect(better.length).toBeGreaterThanOrEqual(regions.length * 0.8);
    // A few answers regress.
    const key = (view: AnswerView) => `${view.region}|${view.code}`;
    const in2021 = new Map(views.filter((view) => view.round === 2021).map((view) => [key(view), view]));
    const regressions = views.filter((view) => {
      const before = in2021.get(key(view));
      return (
        view.round === 2024 &&
        before?.optionId &&
        view.optionId &&
        (SCORE[view.optionId] ?? 0) < (SCORE[before.optionId] ?? 0)
      );
    });
    expect(regressions.length).toBeGreaterThan(0);
    expect(regressions.length).toBeLessThan(views.length / 20);

    // Catalonia: labour-market inclusion of migrant youth weak in 2021, its strongest areas elsewhere.
    const youth = views.find(
      (view) => view.region === 'ES51' && view.code === 'LM-06' && view.round === 2021,
    );
    expect(youth?.optionId).toBe('no');
    expect(byArea('ES51', 2021, 'labour_market')).toBeLessThan(byArea('ES51', 2021, 'language'));
    // Skåne: health is its strongest area.
    expect(byArea('SE224', 2024, 'health')).toBeGreaterThan(overall('SE224', 2024));
  });

  it('writes outcome figures the domain schema accepts, with plausible gaps between groups', async () => {
    const rows = await handle.db.select().from(outcomeObservations);
    for (const row of rows) {
      outcomeObservationSchema.parse({
        regionCode: row.regionCode,
        indicatorCode: row.indicatorCode,
        year: row.year,
        group: { birth: row.birth, sex: row.sex, ...(row.age === null ? {} : { age: row.age }) },
        value: row.value,
        unit: row.unit,
        source: row.source,
        illustrative: row.illustrative,
      });
      expect(row.illustrative).toBe(true);
      expect((row.source as { dataset: string }).dataset).toMatch(/^Illustrative/);
    }
    const employment = rows.filter((row) => row.indicatorCode === 'OUT-EMP' && row.sex === 'T');
    const value = (region: string, year: number, birth: string) =>
      employment.find((row) => row.regionCode === region && row.year === year && row.birth === birth)?.value;
    for (const region of new Set(employment.map((row) => row.regionCode))) {
      for (const year of ILLUSTRATIVE_ROUNDS) {
        const native = value(region, year, 'native') ?? Number.NaN;
        const nonEu = value(region, year, 'non_eu') ?? Number.NaN;
        expect(native).toBeGreaterThanOrEqual(40);
        expect(native).toBeLessThanOrEqual(90);
        expect(native - nonEu).toBeGreaterThan(0);
        expect(native - nonEu).toBeLessThan(30);
      }
    }
  });

  it('inserts nothing and keeps one copy when run again', async () => {
    const before = await tableCounts();
    const second = await handle.db.transaction((tx) => seedIndicators(tx));
    expect(second).toEqual({
      frameworksInserted: 0,
      assessmentsInserted: 0,
      answersInserted: 0,
      outcomeObservationsInserted: 0,
    });
    expect(await tableCounts()).toEqual(before);
    await seedDatabase(handle.db);
    expect(await tableCounts()).toEqual(before);
  });

  it('chooses the same answers and figures when seeded again from scratch', async () => {
    const answersBefore = await answerViews();
    const outcomesBefore = await handle.db
      .select({ region: outcomeObservations.regionCode, value: outcomeObservations.value })
      .from(outcomeObservations)
      .orderBy(outcomeObservations.id);
    await handle.db.delete(assessments).where(eq(assessments.illustrative, true));
    await handle.db.delete(outcomeObservations).where(eq(outcomeObservations.illustrative, true));
    const again = await handle.db.transaction((tx) => seedIndicators(tx));
    expect(again).toEqual({ ...first, frameworksInserted: 0 });
    expect(await answerViews()).toEqual(answersBefore);
    const outcomesAfter = await handle.db
      .select({ region: outcomeObservations.regionCode, value: outcomeObservations.value })
      .from(outcomeObservations)
      .orderBy(outcomeObservations.id);
    expect(outcomesAfter).toEqual(outcomesBefore);
  });
});
