import type { ScoringRules } from '@regin/domain';
import type { Score } from '../types.js';
import { answerValue, type CompiledFramework, NOT_APPLICABLE, type ScorableAnswer } from './compile.js';

/** Clamps to the 0–100 scale (floating-point sums may stray by an ulp). */
export function clampScore(value: number): number {
  return Math.min(Math.max(value, 0), 100);
}

/**
 * Aggregates the indicators `group` of a dense score row (`row[offset + i]` is indicator `i`'s score,
 * `NaN` missing, negative not applicable) into a {@link Score} under `rules`.
 *
 * - arithmetic: Σ wᵢxᵢ / Σ wᵢ; geometric: exp(Σ wᵢ ln xᵢ / Σ wᵢ), and any counted 0 makes it 0.
 * - weight-0 indicators count in `total`, `answered`, `notApplicable` and `missing` but not in the mean,
 *   and a missing weight-0 indicator never triggers `missing: 'refuse'`.
 */
export function aggregate(
  row: Float64Array,
  offset: number,
  group: Int32Array,
  weights: Float64Array,
  rules: Readonly<ScoringRules>,
): Score {
  const total = group.length;
  if (total === 0)
    return { value: null, answered: 0, notApplicable: 0, missing: 0, total, reason: 'no-indicators' };
  const geometric = rules.aggregation === 'geometric';
  const naZero = rules.notApplicable === 'zero';
  const missingZero = rules.missing === 'zero';
  const refuse = rules.missing === 'refuse';
  let answered = 0;
  let notApplicable = 0;
  let missing = 0;
  let refused = false;
  let hasZero = false;
  let sumW = 0;
  let sum = 0;
  for (let k = 0; k < total; k += 1) {
    const i = group[k]!;
    let x = row[offset + i]!;
    const w = weights[i]!;
    if (Number.isNaN(x)) {
      missing += 1;
      if (missingZero) x = 0;
      else {
        if (refuse && w > 0) refused = true;
        continue;
      }
    } else if (x < 0) {
      notApplicable += 1;
      if (!naZero) continue;
      answered += 1;
      x = 0;
    } else {
      answered += 1;
    }
    if (w > 0) {
      sumW += w;
      if (!geometric) sum += w * x;
      else if (x === 0) hasZero = true;
      else sum += w * Math.log(x);
    }
  }
  if (refused) return { value: null, answered, notApplicable, missing, total, reason: 'missing-answers' };
  if (sumW === 0) return { value: null, answered, notApplicable, missing, total, reason: 'no-answers' };
  const value = geometric ? (hasZero ? 0 : Math.exp(sum / sumW)) : sum / sumW;
  return { value: clampScore(value), answered, notApplicable, missing, total };
}

/** Aggregates several child values with equal weights (the level above in a MIPEX-style tree). */
export function meanOf(values: readonly number[], aggregation: ScoringRules['aggregation']): number {
  if (aggregation === 'arithmetic') {
    let sum = 0;
    for (const value of values) sum += value;
    return clampScore(sum / values.length);
  }
  let sum = 0;
  for (const value of values) {
    if (value === 0) return 0;
    sum += Math.log(value);
  }
  return clampScore(Math.exp(sum / values.length));
}

/** Fills `row` (length ≥ `compiled.size`) from the answers of one region and round; later answers win. */
export function fillRow(
  compiled: CompiledFramework,
  answers: readonly ScorableAnswer[],
  row: Float64Array,
): void {
  row.fill(Number.NaN, 0, compiled.size);
  const { codes, indexOf, size } = compiled;
  let previous = -1;
  for (let j = 0; j < answers.length; j += 1) {
    const answer = answers[j]!;
    const code = answer.indicatorCode;
    const guess = previous + 1;
    const index = guess < size && codes[guess] === code ? guess : (indexOf.get(code) ?? -1);
    if (index < 0) continue;
    previous = index;
    row[index] = answerValue(compiled, index, answer);
  }
}

/** The dense row value of one answer to indicator `index` (see {@link answerValue}), inlined for hot loops. */
function valueAt(
  index: number,
  answer: ScorableAnswer,
  optionStart: Int32Array,
  optionIds: readonly string[],
  optionScores: Float64Array,
): number {
  if (answer.notApplicable === true) return NOT_APPLICABLE;
  const optionId = answer.optionId;
  const start = optionStart[index]!;
  const end = optionStart[index + 1]!;
  if (optionId !== undefined) {
    for (let k = start; k < end; k += 1) {
      if (optionIds[k] === optionId) return optionScores[k]!;
    }
    return Number.NaN;
  }
  const direct = answer.score;
  if (start === end && typeof direct === 'number' && Number.isFinite(direct)) {
    return Math.min(Math.max(direct, 0), 100);
  }
  return Number.NaN;
}

/**
 * Maps every (region, round) of `answers` to `visit(regionCode, round, row)`, where `row` is the slot's
 * dense score row (reused between calls: copy what you keep). Slots come in order of first appearance;
 * answers keep their order inside a slot, so a later answer to the same indicator wins. With `round`,
 * answers of other rounds are skipped. `visit` must be pure: it may be called again for a slot.
 *
 * Sorted input (each slot's answers together, as a database returns them) is read in one streaming pass;
 * on meeting a slot again it starts over, chaining each slot's runs of answers and reading slot by slot.
 */
export function mapSlots<T>(
  compiled: CompiledFramework,
  answers: readonly ScorableAnswer[],
  visit: (regionCode: string, round: number, row: Float64Array) => T,
  round?: number,
): T[] {
  const { codes, indexOf, size, optionStart, optionIds, optionScores } = compiled;
  const row = new Float64Array(size);
  const results: T[] = [];
  const seen = new Map<string, Set<number>>();
  const filter = round !== undefined;
  const count = answers.length;
  let currentRegion = '';
  let currentRound = Number.NaN;
  let open = false;
  let previous = -1;
  for (let j = 0; j < count; j += 1) {
    const answer = answers[j]!;
    if (filter && answer.round !== round) continue;
    if (answer.round !== currentRound || answer.regionCode !== currentRegion) {
      if (open) results.push(visit(currentRegion, currentRound, row));
      currentRegion = answer.regionCode;
      currentRound = answer.round;
      let rounds = seen.get(currentRegion);
      if (rounds === undefined) {
        rounds = new Set();
        seen.set(currentRegion, rounds);
      } else if (rounds.has(currentRound)) {
        return mapSlotsUnsorted(compiled, answers, visit, round);
      }
      rounds.add(currentRound);
      row.fill(Number.NaN);
      open = true;
      previous = -1;
    }
    const code = answer.indicatorCode;
    const guess = previous + 1;
    const index = guess < size && codes[guess] === code ? guess : (indexOf.get(code) ?? -1);
    if (index < 0) continue;
    previous = index;
    row[index] = valueAt(index, answer, optionStart, optionIds, optionScores);
  }
  if (open) results.push(visit(currentRegion, currentRound, row));
  return results;
}

function mapSlotsUnsorted<T>(
  compiled: CompiledFramework,
  answers: readonly ScorableAnswer[],
  visit: (regionCode: string, round: number, row: Float64Array) => T,
  round?: number,
): T[] {
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runNext: number[] = [];
  const slotRegion: string[] = [];
  const slotRound: number[] = [];
  const slotHead: number[] = [];
  const slotTail: number[] = [];
  const slots = new Map<string, Map<number, number>>();
  let currentRegion: string | undefined;
  let currentRound = Number.NaN;
  const filter = round !== undefined;
  const count = answers.length;
  for (let j = 0; j < count; j += 1) {
    const answer = answers[j]!;
    if (filter && answer.round !== round) continue;
    if (answer.regionCode === currentRegion && answer.round === currentRound) {
      // Answers of other rounds skipped in between are skipped again when the run is read.
      runEnd[runEnd.length - 1] = j + 1;
      continue;
    }
    currentRegion = answer.regionCode;
    currentRound = answer.round;
    let rounds = slots.get(currentRegion);
    if (rounds === undefined) {
      rounds = new Map();
      slots.set(currentRegion, rounds);
    }
    let slot = rounds.get(currentRound);
    const run = runStart.length;
    runStart.push(j);
    runEnd.push(j + 1);
    runNext.push(-1);
    if (slot === undefined) {
      slot = slotRegion.length;
      rounds.set(currentRound, slot);
      slotRegion.push(currentRegion);
      slotRound.push(currentRound);
      slotHead.push(run);
      slotTail.push(run);
    } else {
      runNext[slotTail[slot]!] = run;
      slotTail[slot] = run;
    }
  }

  const { codes, indexOf, size, optionStart, optionIds, optionScores } = compiled;
  const row = new Float64Array(size);
  const results: T[] = [];
  for (let slot = 0; slot < slotRegion.length; slot += 1) {
    const slotRoundValue = slotRound[slot]!;
    row.fill(Number.NaN);
    let previous = -1;
    for (let run = slotHead[slot]!; run >= 0; run = runNext[run]!) {
      const end = runEnd[run]!;
      for (let j = runStart[run]!; j < end; j += 1) {
        const answer = answers[j]!;
        if (filter && answer.round !== slotRoundValue) continue;
        const code = answer.indicatorCode;
        const guess = previous + 1;
        const index = guess < size && codes[guess] === code ? guess : (indexOf.get(code) ?? -1);
        if (index < 0) continue;
        previous = index;
        row[index] = valueAt(index, answer, optionStart, optionIds, optionScores);
      }
    }
    results.push(visit(slotRegion[slot]!, slotRoundValue, row));
  }
  return results;
}

/**
 * Scratch space of {@link aggregateProfile}: three numbers per indicator, side by side so a group visit
 * touches one place. `data[3i]` packs its counts as answered + notApplicable·2¹⁶ + missing·2³² (exact in a
 * double for groups under 65,536 indicators), `data[3i + 1]` is the weight it adds to Σw (0 when not
 * counted, NaN when it refuses the aggregate), `data[3i + 2]` what it adds to the numerator (w·x, or
 * w·ln x and −∞ for a 0 under the geometric mean).
 */
export interface ProfileScratch {
  data: Float64Array;
  /** Member lists of the profile's axis values, in profile order (overall excluded). */
  groups: Int32Array[];
}

export function profileScratch(compiled: CompiledFramework): ProfileScratch {
  return {
    data: new Float64Array(3 * compiled.size),
    groups: compiled.axes.flatMap((axis) => axis.values.map((value) => axis.members.get(value)!)),
  };
}

const ANSWERED = 1;
const NA = 65_536;
const MISSING = 4_294_967_296;

/**
 * Every profile group's score (overall, then each value of each axis), equal to {@link aggregate} per
 * group to the bit: the same terms are added in the same (ascending indicator) order, the terms left out
 * by `aggregate` being added here as 0. Each indicator's status is read once; the overall group is summed
 * on the way, and every other group is a branch-free sum over its members.
 */
export function aggregateProfile(
  compiled: CompiledFramework,
  row: Float64Array,
  scratch: ProfileScratch,
): Score[] {
  const { data, groups } = scratch;
  const { size, weights, rules } = compiled;
  const geometric = rules.aggregation === 'geometric';
  const naZero = rules.notApplicable === 'zero';
  const missingZero = rules.missing === 'zero';
  const refuse = rules.missing === 'refuse';
  let packed = 0;
  let sumW = 0;
  let sum = 0;
  for (let i = 0; i < size; i += 1) {
    let x = row[i]!;
    const w = weights[i]!;
    let counted = true;
    let counts: number;
    if (Number.isNaN(x)) {
      counts = MISSING;
      if (missingZero) x = 0;
      else counted = false;
    } else if (x < 0) {
      if (naZero) {
        counts = NA + ANSWERED;
        x = 0;
      } else {
        counts = NA;
        counted = false;
      }
    } else {
      counts = ANSWERED;
    }
    let weight = 0;
    let term = 0;
    if (counted && w > 0) {
      weight = w;
      term = geometric ? (x === 0 ? Number.NEGATIVE_INFINITY : w * Math.log(x)) : w * x;
    } else if (refuse && !counted && w > 0 && counts === MISSING) {
      weight = Number.NaN;
    }
    const o = 3 * i;
    data[o] = counts;
    data[o + 1] = weight;
    data[o + 2] = term;
    packed += counts;
    sumW += weight;
    sum += term;
  }
  const scores: Score[] = new Array(groups.length + 1);
  scores[0] = scoreFromSums(size, packed, sumW, sum, geometric);
  for (let g = 0; g < groups.length; g += 1) {
    const group = groups[g]!;
    const total = group.length;
    let groupPacked = 0;
    let groupSumW = 0;
    let groupSum = 0;
    for (let k = 0; k < total; k += 1) {
      const o = 3 * group[k]!;
      groupPacked += data[o]!;
      groupSumW += data[o + 1]!;
      groupSum += data[o + 2]!;
    }
    scores[g + 1] = scoreFromSums(total, groupPacked, groupSumW, groupSum, geometric);
  }
  return scores;
}

function scoreFromSums(total: number, packed: number, sumW: number, sum: number, geometric: boolean): Score {
  const missing = Math.floor(packed / MISSING) | 0;
  const rest = packed - missing * MISSING;
  const notApplicable = Math.floor(rest / NA) | 0;
  const answered = (rest - notApplicable * NA) | 0;
  if (total === 0) return { value: null, answered, notApplicable, missing, total, reason: 'no-indicators' };
  if (Number.isNaN(sumW))
    return { value: null, answered, notApplicable, missing, total, reason: 'missing-answers' };
  if (sumW === 0) return { value: null, answered, notApplicable, missing, total, reason: 'no-answers' };
  const value = geometric ? Math.exp(sum / sumW) : sum / sumW;
  return { value: clampScore(value), answered, notApplicable, missing, total };
}

/** The latest round among `answers` (`undefined` when there are none). */
export function latestRound(answers: readonly { round: number }[]): number | undefined {
  let latest: number | undefined;
  for (let j = 0; j < answers.length; j += 1) {
    const round = answers[j]!.round;
    if (latest === undefined || round > latest) latest = round;
  }
  return latest;
}

/** Plain `<` ordering for codes: stable across locales, unlike `localeCompare`. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
