import { type Framework, type FrameworkInput, frameworkSchema, localized } from '@regin/domain';
import { mulberry32 } from '../src/robustness/prng.js';
import type { ScorableAnswer } from '../src/scoring/compile.js';

/**
 * Deterministic fixtures for the engine's tests and benchmarks: small hand-written frameworks that pass
 * the domain schema, and a generator of MIPEX-R-shaped frameworks and answers of any size.
 */

/** An axis: its value ids, or for a nested axis `[id, parent?]` pairs. */
export type AxisSpec = readonly string[] | { nested: true; values: readonly (readonly [string, string?])[] };

export interface IndicatorSpec {
  code: string;
  tags: Record<string, string | string[]>;
  weight?: number;
  kind?: 'policy' | 'outcome';
  /** Option id → score; default `no` 0, `partly` 50, `yes` 100 (outcome indicators get none). */
  options?: Record<string, number>;
}

export interface FrameworkSpec {
  axes: Record<string, AxisSpec>;
  indicators: readonly IndicatorSpec[];
  scoring?: FrameworkInput['scoring'];
}

const DEFAULT_OPTIONS = { no: 0, partly: 50, yes: 100 };

/** A framework from a compact spec, parsed by the domain schema (so defaults are filled in and it is valid). */
export function buildFramework(spec: FrameworkSpec): Framework {
  const input: FrameworkInput = {
    id: 'engine-test',
    version: '1.0.0',
    name: localized('en', 'Engine test framework'),
    illustrative: true,
    axes: Object.entries(spec.axes).map(([id, axis]) => ({
      id,
      name: localized('en', id),
      ...('nested' in axis
        ? {
            nested: true,
            values: axis.values.map(([value, parent]) => ({
              id: value,
              label: localized('en', value),
              ...(parent === undefined ? {} : { parent }),
            })),
          }
        : { values: axis.map((value) => ({ id: value, label: localized('en', value) })) }),
    })),
    indicators: spec.indicators.map((indicator) => ({
      code: indicator.code,
      kind: indicator.kind ?? 'policy',
      question: localized('en', `Question ${indicator.code}?`),
      options:
        (indicator.kind ?? 'policy') === 'outcome'
          ? []
          : Object.entries(indicator.options ?? DEFAULT_OPTIONS).map(([id, score]) => ({
              id,
              label: localized('en', `Option ${id}`),
              score,
            })),
      tags: indicator.tags,
      ...(indicator.weight === undefined ? {} : { weight: indicator.weight }),
    })),
    ...(spec.scoring === undefined ? {} : { scoring: spec.scoring }),
  };
  return frameworkSchema.parse(input);
}

/** One answer of region `R1` in round 2024 unless told otherwise: an option id, `'na'`, or none (missing). */
export function answer(
  indicatorCode: string,
  option: string | 'na' | undefined,
  regionCode = 'R1',
  round = 2024,
): ScorableAnswer {
  if (option === 'na') return { regionCode, round, indicatorCode, notApplicable: true };
  return option === undefined
    ? { regionCode, round, indicatorCode }
    : { regionCode, round, indicatorCode, optionId: option };
}

export const MIPEX_R_AXES = {
  policy_area: [
    'labour_market',
    'education',
    'health',
    'housing',
    'language',
    'culture_religion',
    'social_security',
    'anti_discrimination',
  ],
  governance: ['actions', 'actors_relations', 'resources'],
  policy_cycle: ['formulation', 'policy_output', 'implementation', 'evaluation'],
  target_group: ['tcn', 'bip'],
} as const;

export interface GeneratorSpec {
  regions: number;
  indicators: number;
  rounds: number;
  seed?: number;
  /** Share of answers marked not applicable (default 0.05). */
  notApplicable?: number;
  /** Share of indicators left without an answer row (default 0.03). */
  missing?: number;
}

export interface GeneratedData {
  framework: Framework;
  regionCodes: string[];
  rounds: number[];
  /** Sorted by region, round, indicator (as a database query would return them). */
  answers: ScorableAnswer[];
}

/**
 * A MIPEX-R-shaped framework (four axes, options 0/50/100, some indicators on both target groups) and
 * answers for every region × round, from a seeded PRNG.
 */
export function generateEngineData(spec: GeneratorSpec): GeneratedData {
  const random = mulberry32(spec.seed ?? 42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const indicators: IndicatorSpec[] = [];
  for (let i = 0; i < spec.indicators; i += 1) {
    indicators.push({
      code: `IND-${i}`,
      tags: {
        policy_area: MIPEX_R_AXES.policy_area[i % MIPEX_R_AXES.policy_area.length]!,
        governance: pick(MIPEX_R_AXES.governance),
        policy_cycle: pick(MIPEX_R_AXES.policy_cycle),
        target_group: random() < 0.3 ? ['tcn', 'bip'] : pick(MIPEX_R_AXES.target_group),
      },
      weight: random() < 0.1 ? 2 : 1,
    });
  }
  const framework = buildFramework({
    axes: {
      policy_area: MIPEX_R_AXES.policy_area,
      governance: MIPEX_R_AXES.governance,
      policy_cycle: MIPEX_R_AXES.policy_cycle,
      target_group: MIPEX_R_AXES.target_group,
    },
    indicators,
  });
  const regionCodes = Array.from({ length: spec.regions }, (_, r) => `R${String(r).padStart(5, '0')}`);
  const rounds = Array.from({ length: spec.rounds }, (_, k) => 2015 + k);
  const codes = indicators.map((indicator) => indicator.code);
  const options = ['no', 'partly', 'yes'];
  const naShare = spec.notApplicable ?? 0.05;
  const missingShare = spec.missing ?? 0.03;
  const answers: ScorableAnswer[] = [];
  for (const regionCode of regionCodes) {
    // Each region has its own level, so ranks are meaningful.
    const level = random();
    for (const round of rounds) {
      for (const indicatorCode of codes) {
        const u = random();
        if (u < missingShare) continue;
        if (u < missingShare + naShare) {
          answers.push({ regionCode, round, indicatorCode, notApplicable: true });
          continue;
        }
        const v = (random() + level) / 2;
        answers.push({
          regionCode,
          round,
          indicatorCode,
          optionId: options[v < 0.35 ? 0 : v < 0.65 ? 1 : 2]!,
        });
      }
    }
  }
  return { framework, regionCodes, rounds, answers };
}
