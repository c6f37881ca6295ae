import type { Framework } from '@regin/domain';
import type {
  DimensionNode,
  GroupSelector,
  RegionProfile,
  Score,
  ScoreMatrix,
  ScoreOptions,
} from '../types.js';
import {
  aggregate,
  aggregateProfile,
  compareCodes,
  fillRow,
  latestRound,
  mapSlots,
  meanOf,
  type ProfileScratch,
  profileScratch,
} from './aggregate.js';
import {
  answerValue,
  type CompiledFramework,
  compileFramework,
  isCompiled,
  NOT_APPLICABLE,
  resolveGroup,
  type ScorableAnswer,
  withOptions,
} from './compile.js';

/** The key of a crossed group in a {@link ScoreMatrix}: the two value ids joined by `×`. */
export function crossKey(a: string, b: string): string {
  return `${a}×${b}`;
}

/** Options of {@link regionProfile}: the region and round to report when `answers` is empty. */
export interface ProfileOptions extends ScoreOptions {
  regionCode?: string | undefined;
  round?: number | undefined;
}

/** Options of {@link scoreMatrix}: the round to score (default: the latest round in the answers). */
export interface MatrixOptions extends ScoreOptions {
  round?: number | undefined;
}

/**
 * The score of one answer: the chosen option's score (0–100), `'na'` when marked not applicable, `null`
 * when the indicator is unknown or the answer names no known option (it counts as missing).
 * Pass a compiled framework when calling this in a loop: a plain one is searched linearly.
 */
export function scoreIndicator(
  framework: Framework | CompiledFramework,
  answer: ScorableAnswer,
): number | 'na' | null {
  const compiled = isCompiled(framework)
    ? framework
    : (() => {
        const indicator = framework.indicators.find((item) => item.code === answer.indicatorCode);
        return indicator === undefined
          ? undefined
          : compileFramework({ ...framework, indicators: [indicator], axes: [] }, { kind: indicator.kind });
      })();
  if (compiled === undefined) return null;
  const index = compiled.indexOf.get(answer.indicatorCode);
  if (index === undefined) return null;
  const value = answerValue(compiled, index, answer);
  if (value === NOT_APPLICABLE) return 'na';
  return Number.isNaN(value) ? null : value;
}

/**
 * The aggregate score of one region in one round over the indicators `selector` covers. `answers` must
 * belong to one region and one round; answers to unknown indicators or to indicators of another kind are
 * ignored, and a later answer to the same indicator replaces an earlier one.
 */
export function score(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  selector: GroupSelector,
  options?: ScoreOptions,
): Score {
  const compiled = withOptions(framework, options);
  const row = new Float64Array(compiled.size);
  fillRow(compiled, answers, row);
  return aggregate(row, 0, resolveGroup(compiled, selector), compiled.weights, compiled.rules);
}

function profileOf(
  compiled: CompiledFramework,
  regionCode: string,
  round: number,
  row: Float64Array,
  scratch: ProfileScratch,
): RegionProfile {
  const scores = aggregateProfile(compiled, row, scratch);
  const byAxis: Record<string, Record<string, Score>> = {};
  let g = 0;
  for (const axis of compiled.axes) {
    const values: Record<string, Score> = {};
    for (const value of axis.values) {
      g += 1;
      values[value] = scores[g]!;
    }
    byAxis[axis.id] = values;
  }
  return { regionCode, round, overall: scores[0]!, byAxis };
}

/**
 * One region's scores in one round: overall and for every value of every axis (a nested axis's value
 * covers its descendants' indicators, as a flat mean; see {@link dimensionTree} for the MIPEX-style
 * mean of means). The region and round are read from the first answer, or from `options`.
 */
export function regionProfile(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  options?: ProfileOptions,
): RegionProfile {
  const compiled = withOptions(framework, options);
  const row = new Float64Array(compiled.size);
  fillRow(compiled, answers, row);
  const first = answers[0];
  return profileOf(
    compiled,
    options?.regionCode ?? first?.regionCode ?? '',
    options?.round ?? first?.round ?? 0,
    row,
    profileScratch(compiled),
  );
}

/**
 * The full recompute: a {@link RegionProfile} for every region × round present in `answers`, sorted by
 * region code, then round.
 */
export function scoreAll(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  options?: ScoreOptions,
): RegionProfile[] {
  const compiled = withOptions(framework, options);
  const scratch = profileScratch(compiled);
  const profiles = mapSlots(compiled, answers, (regionCode, round, row) =>
    profileOf(compiled, regionCode, round, row, scratch),
  );
  return profiles.sort((a, b) => compareCodes(a.regionCode, b.regionCode) || a.round - b.round);
}

/**
 * Regions × groups for one round (`options.round`, default the latest round in `answers`): `by` one axis
 * (a group per value) or two (a group per pair of values, keyed `a×b`). Regions are sorted by code.
 * Throws a RangeError when `by` is not one or two axes of the framework.
 */
export function scoreMatrix(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  by: readonly string[],
  options?: MatrixOptions,
): ScoreMatrix {
  const compiled = withOptions(framework, options);
  if (by.length < 1 || by.length > 2) {
    throw new RangeError(`a score matrix is by one or two axes, got ${by.length}`);
  }
  const axes = by.map((id) => {
    const axis = compiled.axisById.get(id);
    if (axis === undefined) throw new RangeError(`unknown axis "${id}"`);
    return axis;
  });
  const groups: { key: string; selector: GroupSelector }[] = [];
  const [first, second] = axes;
  for (const a of first!.values) {
    if (second === undefined) {
      groups.push({ key: a, selector: [{ axis: first!.id, value: a }] });
      continue;
    }
    for (const b of second.values) {
      groups.push({
        key: crossKey(a, b),
        selector: [
          { axis: first!.id, value: a },
          { axis: second.id, value: b },
        ],
      });
    }
  }
  const members = groups.map((group) => resolveGroup(compiled, group.selector));
  const round = options?.round ?? latestRound(answers) ?? 0;
  const rows = mapSlots(
    compiled,
    answers,
    (regionCode, _round, row) => {
      const cell: Record<string, Score> = {};
      groups.forEach((group, index) => {
        cell[group.key] = aggregate(row, 0, members[index]!, compiled.weights, compiled.rules);
      });
      return { regionCode, cell };
    },
    round,
  );
  const cells: Record<string, Record<string, Score>> = {};
  for (const { regionCode, cell } of rows) cells[regionCode] = cell;
  const regions = rows.map((item) => item.regionCode).sort(compareCodes);
  return { round, by: [...by], groups, regions, cells };
}

/**
 * A MIPEX-style tree on one axis (normally a `nested` one; a flat axis gives one leaf per value): a leaf
 * is the weighted mean of its indicators; a parent is the equal-weight mean (arithmetic or geometric, as
 * the rules say) of its children's scores, not of all the indicators below. Indicators tagged directly
 * on a parent count as one more child. Children without a score are left out; under `missing: 'refuse'`
 * a child refused for missing answers makes its parent refused too. Counts (`answered`, `missing`, …) are
 * those of all the indicators below a node. Returns the top-level nodes in declaration order.
 * Throws a RangeError for an unknown axis.
 */
export function dimensionTree(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  axisId: string,
  options?: ScoreOptions,
): DimensionNode[] {
  const compiled = withOptions(framework, options);
  const axis = compiled.axisById.get(axisId);
  if (axis === undefined) throw new RangeError(`unknown axis "${axisId}"`);
  const row = new Float64Array(compiled.size);
  fillRow(compiled, answers, row);
  const { weights, rules } = compiled;

  const nodeOf = (value: string, depth: number): DimensionNode => {
    const below = aggregate(row, 0, axis.members.get(value)!, weights, rules);
    const childValues = depth <= axis.values.length ? (axis.childrenOf.get(value) ?? []) : [];
    if (childValues.length === 0) return { value, score: below, children: [] };
    const children = childValues.map((child) => nodeOf(child, depth + 1));
    const parts = children.map((child) => child.score);
    const direct = axis.direct.get(value)!;
    if (direct.length > 0) parts.push(aggregate(row, 0, direct, weights, rules));
    const { answered, notApplicable, missing, total } = below;
    const counts = { answered, notApplicable, missing, total };
    if (parts.some((part) => part.reason === 'missing-answers')) {
      return { value, score: { value: null, ...counts, reason: 'missing-answers' }, children };
    }
    const scored = parts.flatMap((part) => (part.value === null ? [] : [part.value]));
    if (scored.length === 0) {
      const reason = total === 0 ? 'no-indicators' : 'no-answers';
      return { value, score: { value: null, ...counts, reason }, children };
    }
    return { value, score: { value: meanOf(scored, rules.aggregation), ...counts }, children };
  };

  return axis.values.filter((value) => !axis.parentOf.has(value)).map((value) => nodeOf(value, 0));
}
