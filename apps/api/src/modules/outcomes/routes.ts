import {
  correlationQuerySchema,
  gapQuerySchema,
  outcomeImportBodySchema,
  outcomeListQuerySchema,
  outcomeListResponseSchema,
  problemSchema,
} from '@regin/api-contract';
import { frameworks, outcomeObservations, regions } from '@regin/db';
import type { Framework, OutcomeObservation } from '@regin/domain';
import {
  type EurostatMapping,
  groupGap,
  OutcomeImportError,
  parseJsonStat,
  parseSdmxCsv,
  policyOutcomeCorrelation,
  score,
} from '@regin/indicators';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { HttpProblem } from '../../lib/problem.js';
import { loadScoreContext, parseSelector, roundAnswers } from '../scores/service.js';

type OutcomeRow = typeof outcomeObservations.$inferSelect;

export function toObservation(row: OutcomeRow): OutcomeObservation {
  return {
    regionCode: row.regionCode,
    indicatorCode: row.indicatorCode,
    year: row.year,
    group: {
      birth: row.birth as OutcomeObservation['group']['birth'],
      ...(row.citizenship
        ? { citizenship: row.citizenship as NonNullable<OutcomeObservation['group']['citizenship']> }
        : {}),
      sex: row.sex as OutcomeObservation['group']['sex'],
      ...(row.age ? { age: row.age } : {}),
    },
    value: row.value,
    unit: row.unit,
    source: row.source as OutcomeObservation['source'],
    illustrative: row.illustrative,
  };
}

const looseObject = z.record(z.string(), z.unknown());

type BirthGroup = OutcomeObservation['group']['birth'];

/** Gaps between two birth groups; several age bands for one region need `age` to say which. */
function gapsOf(
  observations: OutcomeObservation[],
  q: {
    indicator: string;
    year: number;
    a: string;
    b: string;
    sex: 'F' | 'M' | 'T';
    age?: string | undefined;
    relative?: string;
  },
) {
  const group = (birth: string) => ({
    birth: birth as BirthGroup,
    sex: q.sex,
    ...(q.age ? { age: q.age } : {}),
  });
  try {
    return groupGap(observations, {
      indicatorCode: q.indicator,
      year: q.year,
      a: group(q.a),
      b: group(q.b),
      relative: q.relative === 'true',
    });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new HttpProblem('validation', error.message, [
        { in: 'querystring', field: 'age', pointer: '/age', detail: 'several age bands match; choose one' },
      ]);
    }
    throw error;
  }
}

async function observationsFor(app: App, indicator: string, year: number, sex: string) {
  const rows = await app.db
    .select()
    .from(outcomeObservations)
    .where(
      and(
        eq(outcomeObservations.indicatorCode, indicator),
        eq(outcomeObservations.year, year),
        eq(outcomeObservations.sex, sex),
      ),
    );
  return rows.map(toObservation);
}

export async function outcomeRoutes(app: App) {
  app.post(
    '/api/v1/outcomes/import',
    {
      config: { access: { roles: ['admin', 'coordinator'] } },
      bodyLimit: 25 * 1024 * 1024,
      schema: {
        tags: ['outcomes'],
        summary:
          'Import outcome statistics from Eurostat JSON-stat 2.0 or SDMX-CSV (dryRun previews without storing)',
        description:
          'Values are matched to regions, years and population groups (country of birth or citizenship, sex, age) by the mapping. Re-importing a value replaces it.',
        security: [{ session: [], csrf: [] }],
        body: outcomeImportBodySchema,
        response: {
          200: looseObject,
          201: looseObject,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { format, content, mapping, dryRun } = request.body;
      const known = await app.db.select({ definition: frameworks.definition }).from(frameworks);
      const isOutcome = known.some((row) =>
        (row.definition as Framework).indicators.some(
          (i) => i.code === mapping.indicatorCode && i.kind === 'outcome',
        ),
      );
      if (!isOutcome) {
        throw new HttpProblem(
          'unprocessable',
          `No framework has an outcome indicator ${mapping.indicatorCode}`,
          [
            {
              in: 'body',
              field: 'mapping.indicatorCode',
              pointer: '/mapping/indicatorCode',
              detail: 'is not an outcome indicator of an imported framework',
            },
          ],
        );
      }
      let parsed: ReturnType<typeof parseJsonStat>;
      try {
        if (format === 'json-stat') {
          const input = typeof content === 'string' ? JSON.parse(content) : content;
          parsed = parseJsonStat(input, mapping as EurostatMapping);
        } else {
          if (typeof content !== 'string') {
            throw new HttpProblem('validation', 'SDMX-CSV content must be text', [
              { in: 'body', field: 'content', pointer: '/content', detail: 'must be a string' },
            ]);
          }
          parsed = parseSdmxCsv(content, mapping as EurostatMapping);
        }
      } catch (error) {
        if (error instanceof HttpProblem) throw error;
        if (error instanceof OutcomeImportError || error instanceof SyntaxError) {
          throw new HttpProblem('validation', `The ${format} file cannot be imported: ${error.message}`, [
            { in: 'body', field: 'content', pointer: '/content', detail: error.message },
          ]);
        }
        throw error;
      }
      const codes = [...new Set(parsed.observations.map((o) => o.regionCode))];
      const existing = codes.length
        ? await app.db.select({ code: regions.code }).from(regions).where(inArray(regions.code, codes))
        : [];
      const knownRegions = new Set(existing.map((row) => row.code));
      const storable = parsed.observations.filter((o) => knownRegions.has(o.regionCode));
      const unknownRegions = codes.filter((code) => !knownRegions.has(code));
      const summary = {
        dryRun,
        observations: storable.length,
        regions: [...new Set(storable.map((o) => o.regionCode))].sort(),
        years: [...new Set(storable.map((o) => o.year))].sort(),
        skipped: [
          ...parsed.skipped,
          ...(unknownRegions.length
            ? [
                {
                  reason: `unknown regions: ${unknownRegions.join(', ')}`,
                  count: parsed.observations.length - storable.length,
                },
              ]
            : []),
        ],
        preview: storable.slice(0, 20),
      };
      if (dryRun) return reply.code(200).send(summary);
      const actor = request.session!.user;
      await app.db.transaction(async (tx) => {
        for (let start = 0; start < storable.length; start += 500) {
          const chunk = storable.slice(start, start + 500).map((o) => ({
            regionCode: o.regionCode,
            indicatorCode: o.indicatorCode,
            year: o.year,
            birth: o.group.birth,
            citizenship: o.group.citizenship ?? null,
            sex: o.group.sex,
            age: o.group.age ?? null,
            value: o.value,
            unit: o.unit,
            source: o.source,
            illustrative: o.illustrative,
          }));
          await tx
            .insert(outcomeObservations)
            .values(chunk)
            .onConflictDoUpdate({
              target: [
                outcomeObservations.regionCode,
                outcomeObservations.indicatorCode,
                outcomeObservations.year,
                outcomeObservations.birth,
                outcomeObservations.citizenship,
                outcomeObservations.sex,
                outcomeObservations.age,
              ],
              set: {
                value: sql`excluded.value`,
                unit: sql`excluded.unit`,
                source: sql`excluded.source`,
                illustrative: sql`excluded.illustrative`,
                updatedAt: sql`now()`,
              },
            });
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'import',
          entityType: 'outcomes',
          entityId: mapping.indicatorCode,
          after: {
            format,
            dataset: mapping.dataset ?? null,
            observations: storable.length,
            years: summary.years,
            regions: summary.regions,
          },
        });
      });
      return reply.code(201).send(summary);
    },
  );

  app.get(
    '/api/v1/outcomes',
    {
      schema: {
        tags: ['outcomes'],
        summary: 'Outcome observations by indicator, year, region and group',
        querystring: outcomeListQuerySchema,
        response: { 200: outcomeListResponseSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const filters: SQL[] = [];
      if (q.indicator) filters.push(eq(outcomeObservations.indicatorCode, q.indicator));
      if (q.year !== undefined) filters.push(eq(outcomeObservations.year, q.year));
      if (q.region) filters.push(eq(outcomeObservations.regionCode, q.region));
      if (q.birth) filters.push(eq(outcomeObservations.birth, q.birth));
      if (q.sex) filters.push(eq(outcomeObservations.sex, q.sex));
      const where = filters.length ? and(...filters) : undefined;
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(outcomeObservations)
          .where(where)
          .orderBy(
            asc(outcomeObservations.indicatorCode),
            asc(outcomeObservations.regionCode),
            asc(outcomeObservations.year),
            asc(outcomeObservations.birth),
            asc(outcomeObservations.citizenship),
            asc(outcomeObservations.sex),
            asc(outcomeObservations.age),
          )
          .limit(q.limit)
          .offset(q.offset),
        app.db.select({ value: count() }).from(outcomeObservations).where(where),
      ]);
      return { items: rows.map(toObservation), total: total?.value ?? 0, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    '/api/v1/outcomes/gaps',
    {
      schema: {
        tags: ['outcomes'],
        summary:
          'The gap between two population groups per region (e.g. non-EU-born minus native-born employment rate)',
        querystring: gapQuerySchema,
        response: { 200: looseObject, 400: problemSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const observations = await observationsFor(app, q.indicator, q.year, q.sex);
      const items = gapsOf(observations, q);
      return {
        indicator: q.indicator,
        year: q.year,
        a: q.a,
        b: q.b,
        sex: q.sex,
        illustrative: observations.some((o) => o.illustrative),
        items,
      };
    },
  );

  app.get(
    '/api/v1/outcomes/correlation',
    {
      schema: {
        tags: ['outcomes'],
        summary:
          'Correlation across regions between a policy score and an outcome gap (Pearson and Spearman, with n)',
        querystring: correlationQuerySchema,
        response: { 200: looseObject, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const context = await loadScoreContext(app.db, q);
      const selector = parseSelector(context.framework, q.select);
      const byRegion = new Map<string, ReturnType<typeof roundAnswers>>();
      for (const answer of roundAnswers(context)) {
        const list = byRegion.get(answer.regionCode) ?? [];
        list.push(answer);
        byRegion.set(answer.regionCode, list);
      }
      const policy: Record<string, number | null> = {};
      for (const [region, answers] of byRegion)
        policy[region] = score(context.compiled, answers, selector, context.options).value;
      const gaps = gapsOf(await observationsFor(app, q.indicator, q.year, q.sex), q);
      const outcome = Object.fromEntries(gaps.map((gap) => [gap.regionCode, gap.gap]));
      return {
        context: {
          framework: { id: context.framework.id, version: context.framework.version },
          round: context.round,
          illustrative: context.illustrative,
        },
        selector,
        outcome: { indicator: q.indicator, year: q.year, gap: `${q.a} − ${q.b}`, sex: q.sex },
        ...policyOutcomeCorrelation(policy, outcome),
        points: Object.keys(policy)
          .filter((region) => policy[region] !== null && outcome[region] !== undefined)
          .sort()
          .map((region) => ({ regionCode: region, policy: policy[region], gap: outcome[region] })),
      };
    },
  );
}
