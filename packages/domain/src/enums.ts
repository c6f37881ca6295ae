import { z } from 'zod';

/** MIPEX-R axis 1: the policy areas a regional integration policy covers. */
export const POLICY_AREAS = [
  'labour_market',
  'education',
  'health',
  'housing',
  'language',
  'culture_religion',
  'social_security',
  'anti_discrimination',
] as const;
export const policyAreaSchema = z.enum(POLICY_AREAS);
export type PolicyArea = z.infer<typeof policyAreaSchema>;

/** MIPEX-R axis 2: the governance element an indicator measures. */
export const GOVERNANCE_ELEMENTS = ['actions', 'actors_relations', 'resources'] as const;
export const governanceElementSchema = z.enum(GOVERNANCE_ELEMENTS);
export type GovernanceElement = z.infer<typeof governanceElementSchema>;

/** MIPEX-R axis 3: the phase of the policy cycle. */
export const POLICY_CYCLE_PHASES = ['formulation', 'policy_output', 'implementation', 'evaluation'] as const;
export const policyCyclePhaseSchema = z.enum(POLICY_CYCLE_PHASES);
export type PolicyCyclePhase = z.infer<typeof policyCyclePhaseSchema>;

/** MIPEX-R axis 4: third-country nationals and beneficiaries of international protection. */
export const TARGET_GROUPS = ['tcn', 'bip'] as const;
export const targetGroupSchema = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/** The four MIPEX-R axes with their values, keyed by axis id. */
export const MIPEX_R_AXES = {
  policy_area: POLICY_AREAS,
  governance_element: GOVERNANCE_ELEMENTS,
  policy_cycle: POLICY_CYCLE_PHASES,
  target_group: TARGET_GROUPS,
} as const;

/** OECD DAC evaluation criteria (2019 revision, coherence included). */
export const DAC_CRITERIA = [
  'relevance',
  'coherence',
  'effectiveness',
  'efficiency',
  'impact',
  'sustainability',
] as const;
export const dacCriterionSchema = z.enum(DAC_CRITERIA);
export type DacCriterion = z.infer<typeof dacCriterionSchema>;

/** REGIN's seven aspects, used to evaluate actions and to filter practices. */
export const REGIN_ASPECTS = [
  'communication',
  'inclusion',
  'innovation',
  'multi_level_governance',
  'multi_stakeholder_approach',
  'monitoring_evaluation',
  'sustainability',
] as const;
export const reginAspectSchema = z.enum(REGIN_ASPECTS);
export type ReginAspect = z.infer<typeof reginAspectSchema>;

/** Every evaluation criterion key: DAC criteria and REGIN aspects (sustainability is in both). */
export const EVALUATION_CRITERIA = [...new Set([...DAC_CRITERIA, ...REGIN_ASPECTS])] as (
  | DacCriterion
  | ReginAspect
)[];
export const evaluationCriterionSchema = z.enum([
  ...DAC_CRITERIA,
  ...REGIN_ASPECTS.filter((a) => a !== 'sustainability'),
]);
export type EvaluationCriterion = z.infer<typeof evaluationCriterionSchema>;

/** A region's place in the REGIN network. */
export const NETWORK_ROLES = ['pilot', 'associate', 'member', 'other'] as const;
export const networkRoleSchema = z.enum(NETWORK_ROLES);
export type NetworkRole = z.infer<typeof networkRoleSchema>;

/** Roles a user can hold; `regional_editor` is scoped to a list of regions. */
export const ROLES = ['admin', 'coordinator', 'moderator', 'evaluator', 'regional_editor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
