/**
 * What every check of this package reports: where (a path into the object checked), which item (the id
 * of the criterion, logic-model step or KPI the issue sits in, when there is one), and what is wrong.
 */
export interface EvaluationIssue {
  /** Path into the object checked, e.g. `['logicModel', 'outputs', 1, 'activityId']`. */
  path: (string | number)[];
  /** Id of the item the issue is about (criterion, step, KPI), when there is one. */
  item?: string | undefined;
  /** `error` makes the object unusable for its purpose; `warning` is worth a look. */
  severity: 'error' | 'warning';
  message: string;
}
