import {
  problemSchema,
  rankingQuerySchema,
  regionParamsSchema,
  regionScoresQuerySchema,
  scoreContextSchema,
  scoreMatrixQuerySchema,
  selectorQuerySchema,
  sensitivityQuerySchema,
} from '@regin/api-contract';
import { regions } from '@regin/db';
import {
  change,
  compareRegion,
  explain,
  type RegionProfile,
  rank,
  rankIntervals,
  regionProfile,
  score,
  scoreAll,
  scoreMatrix,
  strengthsAndWeaknesses,
} from '@regin/indicators';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { csvCell } from '../../lib/csv.js';
import { HttpProblem } from '../../lib/problem.js';
import {
  loadScoreContext,
  parseAxes,
  parseSelector,
  previousRound,
  roundAnswers,
  type ScoreContext,
} from './service.js';

const contextOf = (context: ScoreContext) => ({
  framework: { id: context.framework.id, version: context.framework.version },
  round: context.round,
  rounds: context.rounds,
  illustrative: context.illustrative,
});

const looseObject = z.record(z.string(), z.unknown());

export async function scoreRoutes(app: App) {
  const matrixOf = async (query: z.infer<typeof scoreMatrixQuerySchema>) => {
    const context = await loadScoreContext(app.db, query);
    const by = parseAxes(context.framework, query.by);
    let answers = roundAnswers(context);
    if (query.regions) {
      const wanted = new Set(query.regions.split(','));
      answers = answers.filter((answer) => wanted.has(answer.regionCode));
    }
    return { context, matrix: scoreMatrix(context.compiled, answers, by, context.options) };
  };

  app.get(
    '/api/v1/scores',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Scores of every region by one axis or a cross of two (published assessments only)',
        description:
          '`by=policy_area` gives regions × policy areas; `by=policy_area,policy_cycle` the cross. Defaults: the REGIN Lab framework, its latest round.',
        querystring: scoreMatrixQuerySchema,
        response: {
          200: z.object({ context: scoreContextSchema, matrix: looseObject }),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const { context, matrix } = await matrixOf(request.query);
      return { context: contextOf(context), matrix: matrix as unknown as Record<string, unknown> };
    },
  );

  app.get(
    '/api/v1/scores.csv',
    {
      schema: {
        tags: ['indicators'],
        summary: 'The same matrix as CSV: one row per region and group, with the counts each score rests on',
        querystring: scoreMatrixQuerySchema,
      },
    },
    async (request, reply) => {
      const { context, matrix } = await matrixOf(request.query);
      const lines = [
        [
          'framework',
          'version',
          'round',
          'region',
          'group',
          'score',
          'answered',
          'not_applicable',
          'missing',
          'total',
          'illustrative',
        ].join(','),
      ];
      for (const region of matrix.regions) {
        for (const group of matrix.groups) {
          const cell = matrix.cells[region]?.[group.key];
          if (!cell) continue;
          lines.push(
            [
              context.framework.id,
              context.framework.version,
              context.round,
              region,
              group.key,
              cell.value === null ? null : Math.round(cell.value * 100) / 100,
              cell.answered,
              cell.notApplicable,
              cell.missing,
              cell.total,
              context.illustrative ? 'yes' : 'no',
            ]
              .map(csvCell)
              .join(','),
          );
        }
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="scores-${context.framework.id}-${context.round ?? 'none'}.csv"`,
        )
        .send(`${lines.join('\r\n')}\r\n`);
    },
  );

  app.get(
    '/api/v1/regions/:code/scores',
    {
      schema: {
        tags: ['indicators'],
        summary:
          "A region's score profile: overall and per axis value, change since the last round, rank, peers, strengths and weaknesses",
        params: regionParamsSchema,
        querystring: regionScoresQuerySchema,
        response: { 200: looseObject, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      const context = await loadScoreContext(app.db, request.query);
      const answers = roundAnswers(context);
      const profiles = scoreAll(context.compiled, answers, context.options);
      const own = profiles.find((profile) => profile.regionCode === code);
      if (!own)
        throw new HttpProblem(
          'not-found',
          `${code} has no published assessment for ${context.framework.id} in ${context.round ?? 'any round'}`,
        );
      const previous = previousRound(context);
      const previousProfile: RegionProfile | undefined =
        previous === null
          ? undefined
          : (() => {
              const earlier = roundAnswers(context, previous).filter((answer) => answer.regionCode === code);
              return earlier.length ? regionProfile(context.compiled, earlier, context.options) : undefined;
            })();
      const codes = profiles.map((profile) => profile.regionCode);
      const rows = await app.db
        .select({ code: regions.code, country: regions.country })
        .from(regions)
        .where(inArray(regions.code, codes));
      const countryOf = new Map(rows.map((row) => [row.code, row.country]));
      const country = countryOf.get(code);
      const countryPeers = codes.filter((other) => countryOf.get(other) === country);
      const entriesFor = (pick: (profile: RegionProfile) => number | null) =>
        profiles.map((profile) => ({ regionCode: profile.regionCode, value: pick(profile) }));
      const overallEntries = entriesFor((profile) => profile.overall.value);
      const byAxis: Record<string, Record<string, unknown>> = {};
      for (const axis of context.framework.axes) {
        byAxis[axis.id] = {};
        for (const value of axis.values) {
          const entries = entriesFor((profile) => profile.byAxis[axis.id]?.[value.id]?.value ?? null);
          const comparison = compareRegion(entries, code, { peers: countryPeers });
          (byAxis[axis.id] as Record<string, unknown>)[value.id] = {
            score: own.byAxis[axis.id]?.[value.id],
            change: change(
              previousProfile?.byAxis[axis.id]?.[value.id]?.value ?? null,
              own.byAxis[axis.id]?.[value.id]?.value ?? null,
            ),
            comparison,
          };
        }
      }
      return {
        context: contextOf(context),
        region: { code, country },
        previousRound: previous,
        overall: {
          score: own.overall,
          change: change(previousProfile?.overall.value ?? null, own.overall.value),
          comparison: compareRegion(overallEntries, code, { peers: countryPeers }),
        },
        byAxis,
        ...strengthsAndWeaknesses(profiles, code),
      };
    },
  );

  app.get(
    '/api/v1/scores/explain',
    {
      schema: {
        tags: ['indicators'],
        summary:
          'The answers an aggregate rests on: option, score, weight, justification, sources, validation',
        description:
          '`select=policy_area:housing,policy_cycle:implementation` picks the aggregate; none is the overall score.',
        querystring: selectorQuerySchema,
        response: { 200: looseObject, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const context = await loadScoreContext(app.db, request.query);
      const selector = parseSelector(context.framework, request.query.select);
      const answers = roundAnswers(context).filter((answer) => answer.regionCode === request.query.region);
      if (answers.length === 0)
        throw new HttpProblem(
          'not-found',
          `${request.query.region} has no published answers in round ${context.round}`,
        );
      return {
        context: contextOf(context),
        region: request.query.region,
        selector,
        ...explain(context.compiled, answers, selector, context.options),
      };
    },
  );

  app.get(
    '/api/v1/scores/rankings',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Regions ranked on an aggregate, ties sharing a rank, with percentiles',
        querystring: rankingQuerySchema,
        response: { 200: looseObject, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const context = await loadScoreContext(app.db, request.query);
      const selector = parseSelector(context.framework, request.query.select);
      const byRegion = new Map<string, ReturnType<typeof roundAnswers>>();
      for (const answer of roundAnswers(context)) {
        const list = byRegion.get(answer.regionCode) ?? [];
        list.push(answer);
        byRegion.set(answer.regionCode, list);
      }
      const scores = [...byRegion].map(([regionCode, answers]) => ({
        regionCode,
        score: score(context.compiled, answers, selector, context.options),
      }));
      const ranked = rank(
        scores.map((entry) => ({ regionCode: entry.regionCode, value: entry.score.value })),
      );
      const scoreOf = new Map(scores.map((entry) => [entry.regionCode, entry.score]));
      return {
        context: contextOf(context),
        selector,
        items: ranked.map((entry) => ({ ...entry, score: scoreOf.get(entry.regionCode) })),
        unranked: scores.filter((entry) => entry.score.value === null).map((entry) => entry.regionCode),
      };
    },
  );

  app.get(
    '/api/v1/scores/sensitivity',
    {
      schema: {
        tags: ['indicators'],
        summary:
          'Monte-Carlo rank intervals: how far each rank moves when weights and the aggregation method vary',
        querystring: sensitivityQuerySchema,
        response: { 200: looseObject, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const context = await loadScoreContext(app.db, q);
      const selector = parseSelector(context.framework, q.select);
      const intervals = rankIntervals(context.compiled, roundAnswers(context), {
        draws: q.draws,
        seed: q.seed,
        weightSpread: q.weightSpread,
        selector,
      });
      return {
        context: contextOf(context),
        selector,
        draws: q.draws,
        seed: q.seed,
        weightSpread: q.weightSpread,
        items: intervals,
      };
    },
  );
}
