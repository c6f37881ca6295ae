import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestContext } from './helpers.js';

interface ScoreCell {
  value: number | null;
  answered: number;
  notApplicable: number;
  missing: number;
  total: number;
}

describe('public scores from the seeded illustrative assessments', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestApp();
  });
  afterAll(async () => {
    await context.close();
  });

  const get = (url: string) => context.app.inject({ method: 'GET', url });

  it('gives a regions × policy areas matrix for the latest round, flagged illustrative', async () => {
    const response = await get('/api/v1/scores?by=policy_area');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      context: { round: number; rounds: number[]; illustrative: boolean; framework: { id: string } };
      matrix: {
        regions: string[];
        groups: { key: string }[];
        cells: Record<string, Record<string, ScoreCell>>;
      };
    }>();
    expect(body.context).toMatchObject({
      round: 2024,
      rounds: [2021, 2024],
      illustrative: true,
      framework: { id: 'regin-lab-mipex-r' },
    });
    expect(body.matrix.regions).toHaveLength(25);
    expect(body.matrix.groups.map((g) => g.key).sort()).toEqual([
      'anti_discrimination',
      'culture_religion',
      'education',
      'health',
      'housing',
      'labour_market',
      'language',
      'social_security',
    ]);
    for (const region of body.matrix.regions) {
      for (const cell of Object.values(body.matrix.cells[region] ?? {})) {
        if (cell.value !== null) {
          expect(cell.value).toBeGreaterThanOrEqual(0);
          expect(cell.value).toBeLessThanOrEqual(100);
        }
        expect(cell.answered + cell.notApplicable + cell.missing).toBe(cell.total);
      }
    }
  });

  it('crosses two axes and names a bad axis', async () => {
    const cross = (await get('/api/v1/scores?by=policy_area,policy_cycle&round=2021')).json<{
      matrix: { groups: { key: string }[] };
    }>();
    expect(cross.matrix.groups.map((g) => g.key)).toContain('housing×implementation');
    expect(expectProblem(await get('/api/v1/scores?by=colour'), 400).errors?.[0]?.field).toBe('by');
    expect(expectProblem(await get('/api/v1/scores?round=1999'), 404).errors?.[0]?.field).toBe('round');
  });

  it('explains an aggregate down to the answers, and the explanation adds up', async () => {
    const matrix = (await get('/api/v1/scores?by=policy_area,policy_cycle')).json<{
      matrix: { cells: Record<string, Record<string, ScoreCell>> };
    }>().matrix;
    const response = await get(
      '/api/v1/scores/explain?region=ES51&select=policy_area:housing,policy_cycle:implementation',
    );
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      score: ScoreCell;
      answers: {
        status: string;
        score?: number;
        weight: number;
        justification?: string;
        sources: unknown[];
      }[];
    }>();
    expect(body.score).toEqual(matrix.cells.ES51?.['housing×implementation']);
    const counted = body.answers.filter((a) => a.status === 'answered');
    expect(counted).toHaveLength(body.score.answered);
    const weighted =
      counted.reduce((sum, a) => sum + (a.score ?? 0) * a.weight, 0) /
      counted.reduce((sum, a) => sum + a.weight, 0);
    expect(body.score.value).toBeCloseTo(weighted, 9);
    expect(counted.every((a) => a.justification?.startsWith('Illustrative') && a.sources.length > 0)).toBe(
      true,
    );
    expect(
      expectProblem(await get('/api/v1/scores/explain?region=ES51&select=policy_area:space'), 400).errors?.[0]
        ?.field,
    ).toBe('select');
  });

  it('profiles a region: change since 2021, rank among 25, country peers, strengths and weaknesses', async () => {
    const response = await get('/api/v1/regions/ES51/scores');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      previousRound: number;
      overall: {
        score: ScoreCell;
        change: { absolute: number } | null;
        comparison: { rank: number; of: number; peers: string[]; peerMean: number };
      };
      byAxis: Record<string, Record<string, { score: ScoreCell }>>;
      strengths: { axis: string; value: string; difference: number }[];
      weaknesses: { difference: number }[];
    }>();
    expect(body.previousRound).toBe(2021);
    expect(body.overall.comparison.of).toBe(25);
    expect(body.overall.comparison.rank).toBeGreaterThanOrEqual(1);
    // Peers are the other regions of the same country.
    expect(body.overall.comparison.peers.sort()).toEqual(['ES21', 'ES22', 'ES30', 'ES61', 'ES62']);
    const older = (await get('/api/v1/regions/ES51/scores?round=2021')).json<{
      overall: { score: ScoreCell };
    }>();
    expect(body.overall.change?.absolute).toBeCloseTo(
      (body.overall.score.value ?? 0) - (older.overall.score.value ?? 0),
      9,
    );
    expect(Object.keys(body.byAxis).sort()).toEqual([
      'governance_element',
      'policy_area',
      'policy_cycle',
      'target_group',
    ]);
    expect(body.strengths.length).toBeGreaterThan(0);
    expect(body.strengths[0]!.difference).toBeGreaterThanOrEqual(body.weaknesses[0]!.difference);
    expectProblem(await get('/api/v1/regions/FR10/scores'), 404);
  });

  it('ranks regions with ties sharing a rank, and reports rank intervals reproducibly', async () => {
    const ranking = (await get('/api/v1/scores/rankings?select=policy_area:education')).json<{
      items: { regionCode: string; value: number; rank: number; percentile: number }[];
    }>();
    expect(ranking.items.length).toBeGreaterThan(0);
    for (let i = 1; i < ranking.items.length; i++) {
      const [prev, next] = [ranking.items[i - 1]!, ranking.items[i]!];
      expect(prev.value).toBeGreaterThanOrEqual(next.value);
      if (prev.value === next.value) expect(next.rank).toBe(prev.rank);
      else expect(next.rank).toBe(i + 1);
    }
    const once = (await get('/api/v1/scores/sensitivity?draws=200&seed=7')).json<{
      items: { regionCode: string; p05: number; p95: number; baseRank: number }[];
    }>();
    const twice = (await get('/api/v1/scores/sensitivity?draws=200&seed=7')).json();
    expect(twice).toEqual(once);
    expect(once.items).toHaveLength(25);
    for (const item of once.items) expect(item.p05).toBeLessThanOrEqual(item.p95);
    expectProblem(await get('/api/v1/scores/sensitivity?draws=5'), 400);
  });

  it('exports the matrix as CSV with the counts each score rests on', async () => {
    const response = await get('/api/v1/scores.csv?by=target_group');
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'framework,version,round,region,group,score,answered,not_applicable,missing,total,illustrative',
    );
    expect(lines).toHaveLength(1 + 25 * 2);
    expect(lines[1]).toMatch(
      /^regin-lab-mipex-r,1\.0\.0,2024,[A-Z0-9]+,(tcn|bip),[\d.]*,\d+,\d+,\d+,\d+,yes$/,
    );
  });
});
