import { answers, assessments, type Executor } from '@regin/db';
import type { Framework } from '@regin/domain';
import {
  type CompiledFramework,
  compileFramework,
  type EngineAnswer,
  type GroupSelector,
  type ScoreOptions,
} from '@regin/indicators';
import { and, eq } from 'drizzle-orm';
import { HttpProblem } from '../../lib/problem.js';
import { defaultFrameworkId, findFramework } from '../frameworks/repository.js';

export interface ScoreQuery {
  framework?: string | undefined;
  version?: string | undefined;
  round?: number | undefined;
  aggregation?: 'arithmetic' | 'geometric' | undefined;
  missing?: 'exclude' | 'zero' | 'refuse' | undefined;
}

export interface ScoreContext {
  framework: Framework;
  compiled: CompiledFramework;
  options: ScoreOptions;
  round: number | null;
  rounds: number[];
  /** Published answers of every round, for change over time. */
  answersByRound: Map<number, EngineAnswer[]>;
  illustrative: boolean;
}

const compiledCache = new WeakMap<Framework, Map<string, CompiledFramework>>();

function compiledFor(framework: Framework, options: ScoreOptions): CompiledFramework {
  const key = `${options.aggregation ?? ''}|${options.missing ?? ''}`;
  let byOptions = compiledCache.get(framework);
  if (!byOptions) {
    byOptions = new Map();
    compiledCache.set(framework, byOptions);
  }
  let compiled = byOptions.get(key);
  if (!compiled) {
    compiled = compileFramework(framework, options);
    byOptions.set(key, compiled);
  }
  return compiled;
}

/** Only published assessments count in public scores. */
export async function loadScoreContext(executor: Executor, query: ScoreQuery): Promise<ScoreContext> {
  const id = query.framework ?? (await defaultFrameworkId(executor));
  const stored = id ? await findFramework(executor, id, query.version) : undefined;
  if (!stored) {
    throw new HttpProblem(
      'not-found',
      id
        ? `No framework ${id}${query.version ? ` version ${query.version}` : ''}`
        : 'No framework has been imported',
    );
  }
  const { framework } = stored;
  const rows = await executor
    .select({
      regionCode: assessments.regionCode,
      round: assessments.round,
      illustrative: assessments.illustrative,
      indicatorCode: answers.indicatorCode,
      optionId: answers.optionId,
      notApplicable: answers.notApplicable,
      justification: answers.justification,
      sources: answers.sources,
      validatedBy: answers.validatedBy,
      validatedAt: answers.validatedAt,
    })
    .from(answers)
    .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
    .where(
      and(
        eq(assessments.frameworkId, framework.id),
        eq(assessments.frameworkVersion, framework.version),
        eq(assessments.status, 'published'),
      ),
    );
  const answersByRound = new Map<number, EngineAnswer[]>();
  let illustrative = framework.illustrative;
  for (const row of rows) {
    if (row.illustrative) illustrative = true;
    const list = answersByRound.get(row.round) ?? [];
    list.push({
      regionCode: row.regionCode,
      round: row.round,
      indicatorCode: row.indicatorCode,
      optionId: row.optionId ?? undefined,
      notApplicable: row.notApplicable,
      justification: row.justification ?? undefined,
      sources: row.sources as EngineAnswer['sources'],
      validatedBy: row.validatedBy ?? undefined,
      validatedAt: row.validatedAt ? new Date(row.validatedAt).toISOString() : undefined,
    });
    answersByRound.set(row.round, list);
  }
  const rounds = [...answersByRound.keys()].sort((a, b) => a - b);
  const round = query.round ?? rounds.at(-1) ?? null;
  if (query.round !== undefined && !answersByRound.has(query.round)) {
    throw new HttpProblem(
      'not-found',
      `No published assessments of ${framework.id} for round ${query.round}`,
      [
        {
          in: 'querystring',
          field: 'round',
          pointer: '/round',
          detail: `published rounds: ${rounds.join(', ') || 'none'}`,
        },
      ],
    );
  }
  const options: ScoreOptions = {
    ...(query.aggregation ? { aggregation: query.aggregation } : {}),
    ...(query.missing ? { missing: query.missing } : {}),
  };
  return {
    framework,
    compiled: compiledFor(framework, options),
    options,
    round,
    rounds,
    answersByRound,
    illustrative,
  };
}

export function roundAnswers(context: ScoreContext, round = context.round): EngineAnswer[] {
  return round === null ? [] : (context.answersByRound.get(round) ?? []);
}

export function previousRound(context: ScoreContext): number | null {
  if (context.round === null) return null;
  return context.rounds.filter((round) => round < context.round!).at(-1) ?? null;
}

/** `policy_area:housing,policy_cycle:implementation` → selector, checked against the framework's axes. */
export function parseSelector(
  framework: Framework,
  select: string | undefined,
  field = 'select',
): GroupSelector {
  if (!select) return [];
  return select.split(',').map((pair) => {
    const [axis = '', value = ''] = pair.split(':');
    const declared = framework.axes.find((candidate) => candidate.id === axis);
    if (!declared) {
      throw new HttpProblem('validation', `Axis "${axis}" is not in framework ${framework.id}`, [
        {
          in: 'querystring',
          field,
          pointer: `/${field}`,
          detail: `axes: ${framework.axes.map((a) => a.id).join(', ')}`,
        },
      ]);
    }
    if (!declared.values.some((candidate) => candidate.id === value)) {
      throw new HttpProblem('validation', `"${value}" is not a value of axis ${axis}`, [
        {
          in: 'querystring',
          field,
          pointer: `/${field}`,
          detail: `values: ${declared.values.map((v) => v.id).join(', ')}`,
        },
      ]);
    }
    return { axis, value };
  });
}

export function parseAxes(framework: Framework, by: string | undefined): string[] {
  const axes = (by ?? 'policy_area').split(',');
  for (const axis of axes) {
    if (!framework.axes.some((candidate) => candidate.id === axis)) {
      throw new HttpProblem('validation', `Axis "${axis}" is not in framework ${framework.id}`, [
        {
          in: 'querystring',
          field: 'by',
          pointer: '/by',
          detail: `axes: ${framework.axes.map((a) => a.id).join(', ')}`,
        },
      ]);
    }
  }
  if (axes.length === 2 && axes[0] === axes[1]) {
    throw new HttpProblem('validation', 'A cross needs two different axes', [
      { in: 'querystring', field: 'by', pointer: '/by', detail: 'repeat the same axis' },
    ]);
  }
  return axes;
}
