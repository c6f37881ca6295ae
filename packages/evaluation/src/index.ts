export * from './criteria/index.js';
export type { EvaluationIssue } from './issue.js';
export * from './kpi/index.js';
export * from './logic-model/index.js';
export * from './suggest/index.js';
export * from './summary/index.js';
