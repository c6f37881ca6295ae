import type { Framework, Indicator, ScoringRules } from '@regin/domain';
import type { EngineAnswer, GroupSelector, ScoreOptions } from '../types.js';

/**
 * A framework prepared for scoring many regions: indicators of one kind indexed by position, option
 * scores in flat typed arrays, and every axis value's member indicators (a nested value includes its
 * descendants' indicators) as ascending index arrays. Build it once with {@link compileFramework} and pass
 * it to every scoring, comparison, robustness and explain function instead of the framework.
 *
 * Treat it as read-only; the only thing that changes inside is a memo of resolved crossed selectors.
 */
export interface CompiledFramework {
  /** Brand that tells a compiled framework from a plain one. */
  readonly type: 'compiled-framework';
  readonly framework: Framework;
  /** Only indicators of this kind are indexed and scored. */
  readonly kind: 'policy' | 'outcome';
  /** The framework's scoring rules with the compile options applied. */
  readonly rules: Readonly<ScoringRules>;
  /** Number of indexed indicators. */
  readonly size: number;
  /** Indexed indicators in framework order. */
  readonly indicators: readonly Indicator[];
  readonly codes: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Effective weight per indicator (framework weight, or the `weights` option). */
  readonly weights: Float64Array;
  /** Options of indicator `i` are `optionIds/optionScores[optionStart[i] .. optionStart[i + 1])`. */
  readonly optionStart: Int32Array;
  readonly optionIds: readonly string[];
  readonly optionScores: Float64Array;
  readonly axes: readonly CompiledAxis[];
  readonly axisById: ReadonlyMap<string, CompiledAxis>;
  /** Every indexed indicator: the overall group. */
  readonly all: Int32Array;
  /** Memo of resolved selectors, shared by the variants {@link withOptions} derives. */
  readonly groupCache: Map<string, Int32Array>;
  /** The options this was compiled with (weights included), to recompile for another kind. */
  readonly options: Readonly<ScoreOptions>;
}

export interface CompiledAxis {
  readonly id: string;
  readonly nested: boolean;
  /** Value ids in declaration order. */
  readonly values: readonly string[];
  /** Value id → parent value id (nested axes only). */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Value id → child value ids in declaration order (nested axes only; leaves map to `[]`). */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  /** Value id → indices of the indicators tagged with it or, on a nested axis, with a descendant. */
  readonly members: ReadonlyMap<string, Int32Array>;
  /** Value id → indices of the indicators tagged with exactly this value. */
  readonly direct: ReadonlyMap<string, Int32Array>;
}

/** An answer as the scoring functions read it: an {@link EngineAnswer}, optionally carrying a ready score. */
export type ScorableAnswer = EngineAnswer & {
  /**
   * A 0–100 score given directly, for indicators without options (outcome indicators, once normalised).
   * Ignored for indicators that have options: those are scored from `optionId` only.
   */
  score?: number | undefined;
};

/** The sentinel a dense score row holds for "not applicable"; a missing answer is `NaN`. */
export const NOT_APPLICABLE = -1;

const EMPTY = new Int32Array(0);

const DEFAULT_RULES: ScoringRules = {
  aggregation: 'arithmetic',
  missing: 'exclude',
  notApplicable: 'exclude',
};

export function isCompiled(value: Framework | CompiledFramework): value is CompiledFramework {
  return (value as Partial<CompiledFramework>).type === 'compiled-framework';
}

function resolveRules(framework: Framework, options: ScoreOptions | undefined): ScoringRules {
  const base = framework.scoring ?? DEFAULT_RULES;
  return {
    aggregation: options?.aggregation ?? base.aggregation ?? DEFAULT_RULES.aggregation,
    missing: options?.missing ?? base.missing ?? DEFAULT_RULES.missing,
    notApplicable: options?.notApplicable ?? base.notApplicable ?? DEFAULT_RULES.notApplicable,
  };
}

function weightsOf(
  indicators: readonly Indicator[],
  overrides: Readonly<Record<string, number>> | undefined,
): Float64Array {
  const weights = new Float64Array(indicators.length);
  for (let i = 0; i < indicators.length; i += 1) {
    const indicator = indicators[i]!;
    let weight = indicator.weight ?? 1;
    if (overrides !== undefined && Object.hasOwn(overrides, indicator.code)) {
      weight = overrides[indicator.code]!;
    }
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(
        `weight of indicator "${indicator.code}" must be a finite number ≥ 0, got ${weight}`,
      );
    }
    weights[i] = weight;
  }
  return weights;
}

function toArrays(lists: readonly number[][]): Int32Array[] {
  return lists.map((list) => Int32Array.from(list));
}

/**
 * Compiles a framework for scoring. `options` fixes the kind (default `policy`), weights and rules; the
 * rules and weights can still be overridden per call, which reuses the indexes.
 */
export function compileFramework(framework: Framework, options?: ScoreOptions): CompiledFramework {
  const kind = options?.kind ?? 'policy';
  const indicators = framework.indicators.filter((indicator) => indicator.kind === kind);
  const size = indicators.length;
  const codes = indicators.map((indicator) => indicator.code);
  const indexOf = new Map<string, number>();
  codes.forEach((code, index) => {
    if (!indexOf.has(code)) indexOf.set(code, index);
  });

  const optionStart = new Int32Array(size + 1);
  const optionIds: string[] = [];
  const scores: number[] = [];
  for (let i = 0; i < size; i += 1) {
    optionStart[i] = optionIds.length;
    for (const option of indicators[i]!.options ?? []) {
      optionIds.push(option.id);
      scores.push(Math.min(100, Math.max(0, option.score)));
    }
  }
  optionStart[size] = optionIds.length;

  const axes: CompiledAxis[] = framework.axes.map((axis) => {
    const values = axis.values.map((value) => value.id);
    const position = new Map(values.map((id, index) => [id, index]));
    const nested = axis.nested === true;
    const parentIndex = new Int32Array(values.length).fill(-1);
    const parentOf = new Map<string, string>();
    const childrenOf = new Map<string, string[]>();
    if (nested) {
      for (const id of values) childrenOf.set(id, []);
      for (const value of axis.values) {
        if (value.parent !== undefined && position.has(value.parent)) {
          parentOf.set(value.id, value.parent);
          parentIndex[position.get(value.id)!] = position.get(value.parent)!;
          childrenOf.get(value.parent)!.push(value.id);
        }
      }
    }
    const members: number[][] = values.map(() => []);
    const direct: number[][] = values.map(() => []);
    const lastAdded = new Int32Array(values.length).fill(-1);
    for (let i = 0; i < size; i += 1) {
      const tag = Object.hasOwn(indicators[i]!.tags, axis.id) ? indicators[i]!.tags[axis.id] : undefined;
      if (tag === undefined) continue;
      for (const valueId of Array.isArray(tag) ? tag : [tag]) {
        const start = position.get(valueId);
        if (start === undefined) continue;
        if (direct[start]!.at(-1) !== i) direct[start]!.push(i);
        // Walk up to the root; the step bound guards against a cycle in an unvalidated framework.
        for (let v = start, steps = 0; v >= 0 && steps <= values.length; v = parentIndex[v]!, steps += 1) {
          if (lastAdded[v] !== i) {
            lastAdded[v] = i;
            members[v]!.push(i);
          }
        }
      }
    }
    const memberArrays = toArrays(members);
    const directArrays = toArrays(direct);
    return {
      id: axis.id,
      nested,
      values,
      parentOf,
      childrenOf,
      members: new Map(values.map((id, index) => [id, memberArrays[index]!])),
      direct: new Map(values.map((id, index) => [id, directArrays[index]!])),
    };
  });

  const all = new Int32Array(size);
  for (let i = 0; i < size; i += 1) all[i] = i;

  return {
    type: 'compiled-framework',
    framework,
    kind,
    rules: resolveRules(framework, options),
    size,
    indicators,
    codes,
    indexOf,
    weights: weightsOf(indicators, options?.weights),
    optionStart,
    optionIds,
    optionScores: Float64Array.from(scores),
    axes,
    axisById: new Map(axes.map((axis) => [axis.id, axis])),
    all,
    groupCache: new Map(),
    options: { ...options },
  };
}

/**
 * The compiled framework a call works with: compiles a plain framework, or applies per-call options to a
 * compiled one (rules and weights reuse its indexes; another `kind` recompiles).
 */
export function withOptions(
  source: Framework | CompiledFramework,
  options?: ScoreOptions,
): CompiledFramework {
  if (!isCompiled(source)) return compileFramework(source, options);
  if (options === undefined) return source;
  if (options.kind !== undefined && options.kind !== source.kind) {
    return compileFramework(source.framework, { ...source.options, ...options });
  }
  const rules: ScoringRules = {
    aggregation: options.aggregation ?? source.rules.aggregation,
    missing: options.missing ?? source.rules.missing,
    notApplicable: options.notApplicable ?? source.rules.notApplicable,
  };
  const sameRules =
    rules.aggregation === source.rules.aggregation &&
    rules.missing === source.rules.missing &&
    rules.notApplicable === source.rules.notApplicable;
  if (sameRules && options.weights === undefined) return source;
  const weights =
    options.weights === undefined
      ? source.weights
      : weightsOf(source.indicators, { ...source.options.weights, ...options.weights });
  return {
    ...source,
    rules,
    weights,
    options: { ...source.options, ...options, weights: { ...source.options.weights, ...options.weights } },
  };
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return Int32Array.from(out);
}

/** Members of one axis value (descendants included on a nested axis); empty when unknown. */
export function membersOf(compiled: CompiledFramework, axisId: string, valueId: string): Int32Array {
  return compiled.axisById.get(axisId)?.members.get(valueId) ?? EMPTY;
}

/** The ascending indicator indices a selector covers (all conditions must hold). */
export function resolveGroup(compiled: CompiledFramework, selector: GroupSelector): Int32Array {
  if (selector.length === 0) return compiled.all;
  if (selector.length === 1) return membersOf(compiled, selector[0]!.axis, selector[0]!.value);
  const key = selector
    .map((condition) => `${condition.axis}\u0000${condition.value}`)
    .sort()
    .join('\u0001');
  const cached = compiled.groupCache.get(key);
  if (cached !== undefined) return cached;
  let group = membersOf(compiled, selector[0]!.axis, selector[0]!.value);
  for (let k = 1; k < selector.length && group.length > 0; k += 1) {
    group = intersect(group, membersOf(compiled, selector[k]!.axis, selector[k]!.value));
  }
  compiled.groupCache.set(key, group);
  return group;
}

/**
 * The dense row value of one answer to indicator `index`: its option score, {@link NOT_APPLICABLE},
 * or `NaN` when it names no known option (missing). N/A wins over an option id.
 */
export function answerValue(compiled: CompiledFramework, index: number, answer: ScorableAnswer): number {
  if (answer.notApplicable === true) return NOT_APPLICABLE;
  const start = compiled.optionStart[index]!;
  const end = compiled.optionStart[index + 1]!;
  const optionId = answer.optionId;
  if (optionId !== undefined && optionId !== null) {
    const ids = compiled.optionIds;
    for (let k = start; k < end; k += 1) {
      if (ids[k] === optionId) return compiled.optionScores[k]!;
    }
    return Number.NaN;
  }
  const direct = answer.score;
  if (start === end && typeof direct === 'number' && Number.isFinite(direct)) {
    return Math.min(Math.max(direct, 0), 100);
  }
  return Number.NaN;
}
