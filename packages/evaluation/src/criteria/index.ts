export { DAC_CRITERIA_SET } from './dac.js';
export { REGIN_ASPECTS_SET } from './regin.js';
export { EVALUATION_SCALE } from './scale.js';
export {
  type CriteriaSet,
  type CriteriaSetInput,
  type Criterion,
  type CriterionLevel,
  criteriaSetSchema,
  criterionLevelSchema,
  criterionSchema,
  type ScaleLevel,
  scaleLevelSchema,
} from './schema.js';
export { type ValidateCriteriaSetResult, validateCriteriaSet } from './validate.js';
