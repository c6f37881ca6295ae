import type { Evaluation, LocalizedText } from '@regin/domain';
import { DAC_CRITERIA_SET } from '../criteria/dac.js';
import { REGIN_ASPECTS_SET } from '../criteria/regin.js';
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import { mean } from '../stats.js';

/** What a summary reads of an evaluation: its ratings; findings and recommendations pass through. */
export type SummarisableEvaluation = Pick<Evaluation, 'ratings'> &
  Partial<Pick<Evaluation, 'findings' | 'recommendations'>>;

/** The rubric level a rating lands on: the scale's label and the criterion's descriptor of that level. */
export interface RatedLevel {
  rating: number;
  key: string;
  label: LocalizedText;
  descriptor: LocalizedText;
}

export interface CriterionSummary {
  criterion: string;
  name: LocalizedText;
  /** Null when the evaluation does not rate this criterion. */
  rating: number | null;
  /** Null when not rated, or when the rating is not a level of the set's scale. */
  level: RatedLevel | null;
  evidence: string | null;
}

export interface CriteriaSetSummary {
  setId: string;
  name: LocalizedText;
  /** Every criterion of the set, in the set's order, rated or not. */
  criteria: CriterionSummary[];
  rated: number;
  total: number;
  /** Ids of the set's criteria the evaluation does not rate. */
  missing: string[];
  /** Mean rating over the set's rated criteria; null when none is rated. */
  mean: number | null;
}

export interface EvaluationSummary {
  /** One entry per criteria set, in the order given. */
  sets: CriteriaSetSummary[];
  /** Every criterion of the sets once (a criterion in two sets, such as sustainability, appears once, as the first set defines it). */
  criteria: CriterionSummary[];
  rated: number;
  total: number;
  missing: string[];
  /** Criteria the evaluation rates that no set lists (left out of every mean). */
  unknown: string[];
  /** Mean over the distinct rated criteria: sustainability counts once even though both built-in sets hold it. */
  mean: number | null;
  /**
   * The criteria rated highest and lowest (all ties, in set order). Both are empty when every rated
   * criterion has the same rating: there is no contrast to show.
   */
  profile: { highest: number | null; lowest: number | null; strongest: string[]; weakest: string[] };
  findings: LocalizedText[];
  recommendations: LocalizedText[];
}

/** The built-in sets, DAC criteria first: the default of {@link summariseEvaluation}. */
export const DEFAULT_CRITERIA_SETS: readonly CriteriaSet[] = Object.freeze([
  DAC_CRITERIA_SET,
  REGIN_ASPECTS_SET,
]);

/**
 * Summarises an evaluation against one or more criteria sets (default: DAC criteria and REGIN aspects):
 * each criterion's rating with the rubric level's label and descriptor and the evidence, the criteria
 * left unrated, means per set and overall, and the strongest and weakest criteria.
 */
export function summariseEvaluation(
  evaluation: SummarisableEvaluation,
  sets: CriteriaSet | readonly CriteriaSet[] = DEFAULT_CRITERIA_SETS,
): EvaluationSummary {
  const list: readonly CriteriaSet[] = Array.isArray(sets) ? sets : [sets as CriteriaSet];
  const ratings = new Map(evaluation.ratings.map((rating) => [rating.criterion as string, rating]));

  const summarise = (set: CriteriaSet, criterion: Criterion): CriterionSummary => {
    const rated = ratings.get(criterion.id);
    if (rated === undefined) {
      return { criterion: criterion.id, name: criterion.name, rating: null, level: null, evidence: null };
    }
    const scaleLevel = set.scale.find((level) => level.rating === rated.rating);
    const descriptor = criterion.levels.find((level) => level.rating === rated.rating)?.descriptor;
    return {
      criterion: criterion.id,
      name: criterion.name,
      rating: rated.rating,
      level:
        scaleLevel === undefined || descriptor === undefined
          ? null
          : { rating: rated.rating, key: scaleLevel.key, label: scaleLevel.label, descriptor },
      evidence: rated.evidence,
    };
  };

  const distinct = new Map<string, CriterionSummary>();
  const setSummaries = list.map((set): CriteriaSetSummary => {
    const criteria = set.criteria.map((criterion) => summarise(set, criterion));
    for (const summary of criteria) {
      if (!distinct.has(summary.criterion)) distinct.set(summary.criterion, summary);
    }
    const ratedValues = criteria.flatMap((summary) => (summary.rating === null ? [] : [summary.rating]));
    return {
      setId: set.id,
      name: set.name,
      criteria,
      rated: ratedValues.length,
      total: criteria.length,
      missing: criteria.filter((summary) => summary.rating === null).map((summary) => summary.criterion),
      mean: mean(ratedValues),
    };
  });

  const criteria = [...distinct.values()];
  const rated = criteria.filter((summary) => summary.rating !== null);
  const values = rated.map((summary) => summary.rating!);
  const highest = values.length === 0 ? null : Math.max(...values);
  const lowest = values.length === 0 ? null : Math.min(...values);
  const contrast = highest !== null && lowest !== null && highest > lowest;

  return {
    sets: setSummaries,
    criteria,
    rated: rated.length,
    total: criteria.length,
    missing: criteria.filter((summary) => summary.rating === null).map((summary) => summary.criterion),
    unknown: evaluation.ratings
      .map((rating) => rating.criterion as string)
      .filter((criterion) => !distinct.has(criterion)),
    mean: mean(values),
    profile: {
      highest,
      lowest,
      strongest: contrast ? rated.filter((s) => s.rating === highest).map((s) => s.criterion) : [],
      weakest: contrast ? rated.filter((s) => s.rating === lowest).map((s) => s.criterion) : [],
    },
    findings: [...(evaluation.findings ?? [])],
    recommendations: [...(evaluation.recommendations ?? [])],
  };
}
