import {
  ACTION_STATUSES,
  ACTIVITY_KINDS,
  ASSESSMENT_STATUSES,
  AUDIT_ACTIONS,
  AUTHORITY_ROLE_NAMES,
  DIRECTIONS,
  EVALUATION_STATUSES,
  EVALUATOR_KINDS,
  evaluationCriterionSchema,
  GOVERNANCE_ELEMENTS,
  MIPEX_R_AXES,
  MODERATION_STATUSES,
  NETWORK_ROLES,
  POLICY_AREAS,
  POLICY_CYCLE_PHASES,
  PRACTICE_RESULTS,
  PRACTICE_STATUSES,
  PRACTICE_TARGET_GROUPS,
  ROLES,
  STAKEHOLDER_KINDS,
  TOOLKIT_TRACKS,
} from '@regin/domain';
import { en, type MessageKey } from './i18n/en.js';

/** KPI statuses as `@regin/evaluation` computes them (`kpiProgress(...).status`). */
export const KPI_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export const COMPETENCE_LEVELS = ['full', 'shared', 'none'] as const;

/**
 * The coded values the UI shows as words: each group's values (from `@regin/domain`) and the catalogue
 * prefix of their labels. `test/labels.test.ts` checks that every value has a label in every catalogue.
 */
export const LABEL_GROUPS = {
  assessment: { prefix: 'status', values: ASSESSMENT_STATUSES },
  action: { prefix: 'actionStatus', values: ACTION_STATUSES },
  kpi: { prefix: 'kpiStatus', values: KPI_STATUSES },
  evaluation: { prefix: 'evalStatus', values: EVALUATION_STATUSES },
  evaluatorKind: { prefix: 'evaluatorKind', values: EVALUATOR_KINDS },
  criterion: { prefix: 'criterion', values: evaluationCriterionSchema.options },
  practice: { prefix: 'practiceStatus', values: PRACTICE_STATUSES },
  result: { prefix: 'result', values: PRACTICE_RESULTS },
  moderation: { prefix: 'moderation', values: MODERATION_STATUSES },
  role: { prefix: 'role', values: ROLES },
  networkRole: { prefix: 'networkRole', values: NETWORK_ROLES },
  competence: { prefix: 'competence', values: COMPETENCE_LEVELS },
  stakeholder: { prefix: 'stakeholder', values: STAKEHOLDER_KINDS },
  activity: { prefix: 'activity', values: ACTIVITY_KINDS },
  direction: { prefix: 'direction', values: DIRECTIONS },
  area: { prefix: 'area', values: POLICY_AREAS },
  axis: { prefix: 'axis', values: Object.keys(MIPEX_R_AXES) as (keyof typeof MIPEX_R_AXES)[] },
  governance: { prefix: 'governance', values: GOVERNANCE_ELEMENTS },
  phase: { prefix: 'phase', values: POLICY_CYCLE_PHASES },
  targetGroup: { prefix: 'targetGroup', values: PRACTICE_TARGET_GROUPS },
  track: { prefix: 'track', values: TOOLKIT_TRACKS },
  auditAction: { prefix: 'auditAction', values: AUDIT_ACTIONS },
  authorityRole: { prefix: 'authorityRole', values: AUTHORITY_ROLE_NAMES },
} as const;
export type LabelGroup = keyof typeof LABEL_GROUPS;

/** The catalogue key of a coded value, or undefined for a value the catalogue does not know. */
export function labelKey(group: LabelGroup, value: string): MessageKey | undefined {
  const key = `${LABEL_GROUPS[group].prefix}.${value}`;
  return Object.hasOwn(en, key) ? (key as MessageKey) : undefined;
}
