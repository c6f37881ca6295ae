export {
  type AxisSummary,
  type AxisValueSummary,
  type FrameworkSummary,
  frameworkSummary,
} from './summary.js';
export {
  type FrameworkIssue,
  type FrameworkValidation,
  frameworkWarnings,
  validateFramework,
} from './validate.js';
