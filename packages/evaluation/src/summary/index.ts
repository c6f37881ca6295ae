export {
  type CriterionAggregate,
  type RatingLike,
  type RatingSheet,
  rubricAggregate,
} from './aggregate.js';
export {
  type CriteriaSetSummary,
  type CriterionSummary,
  DEFAULT_CRITERIA_SETS,
  type EvaluationSummary,
  type RatedLevel,
  type SummarisableEvaluation,
  summariseEvaluation,
} from './summarise.js';
