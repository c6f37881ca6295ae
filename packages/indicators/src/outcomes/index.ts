export {
  averageRanks,
  type Correlation,
  correlation,
  type PolicyOutcomeCorrelation,
  policyOutcomeCorrelation,
} from './correlation.js';
export { type GroupGap, type GroupGapOptions, groupGap } from './gap.js';
export {
  type KeyedValue,
  type NormalisationMethod,
  type NormaliseOptions,
  normalise,
} from './normalise.js';
