import type { Framework, ScoringRules } from '@regin/domain';

/**
 * The engine's shared vocabulary. Every function of @regin/indicators takes plain data and returns plain
 * data (no I/O), so it runs in the browser, the API and tests alike.
 */

/** One answer as the engine reads it: a region's answer to one indicator in one round. */
export interface EngineAnswer {
  regionCode: string;
  round: number;
  indicatorCode: string;
  /** The chosen option; absent for N/A and for unanswered indicators. */
  optionId?: string | undefined;
  /** The region has no competence here: left out of means (unless the rules say otherwise), never 0. */
  notApplicable?: boolean | undefined;
  justification?: string | undefined;
  sources?:
    | readonly { kind: string; title: string; url?: string | undefined; date?: string | undefined }[]
    | undefined;
  validatedBy?: string | undefined;
  validatedAt?: string | undefined;
}

/** One condition on an axis; a nested axis's value also matches indicators tagged with its descendants. */
export interface AxisCondition {
  axis: string;
  value: string;
}

/**
 * Which indicators an aggregate covers: every indicator matching all conditions (AND).
 * `[]` is the overall score; one condition is an axis value; two are a cross ("housing × implementation").
 */
export type GroupSelector = readonly AxisCondition[];

/** Options that override the framework's scoring rules for one computation. */
export interface ScoreOptions extends Partial<ScoringRules> {
  /** Weight per indicator code, replacing the framework's weights (Monte-Carlo draws use this). */
  weights?: Readonly<Record<string, number>> | undefined;
  /** Only indicators of this kind count (default `policy`). */
  kind?: 'policy' | 'outcome' | undefined;
}

/** An aggregate and what it rests on. */
export interface Score {
  /** 0–100, or null when nothing can be scored (no answers, or `missing: 'refuse'` with a gap). */
  value: number | null;
  /** Indicators that counted (answered with an option, plus N/A when the N/A rule is `zero`). */
  answered: number;
  notApplicable: number;
  missing: number;
  /** Indicators the selector covers. */
  total: number;
  /** Why `value` is null, when it is. */
  reason?: 'no-indicators' | 'no-answers' | 'missing-answers' | undefined;
}

/** One region's scores in one round: overall, and per value of every axis. */
export interface RegionProfile {
  regionCode: string;
  round: number;
  overall: Score;
  /** axis id → value id → score. */
  byAxis: Record<string, Record<string, Score>>;
}

/** Regions × groups for one round: `by` one axis (its values) or two (their cross). */
export interface ScoreMatrix {
  round: number;
  by: readonly string[];
  /** Group keys: `valueId` for one axis, `valueA×valueB` for two. */
  groups: readonly { key: string; selector: GroupSelector }[];
  regions: readonly string[];
  /** region → group key → score. */
  cells: Record<string, Record<string, Score>>;
}

/** A node of a MIPEX-style tree on a nested axis: each level the mean of the level below. */
export interface DimensionNode {
  value: string;
  score: Score;
  children: DimensionNode[];
}

/** One line of an explanation: an answer an aggregate rests on. */
export interface ExplainedAnswer {
  indicatorCode: string;
  question: Framework['indicators'][number]['question'];
  weight: number;
  status: 'answered' | 'not_applicable' | 'missing';
  optionId?: string | undefined;
  optionLabel?: Framework['indicators'][number]['options'][number]['label'] | undefined;
  score?: number | undefined;
  justification?: string | undefined;
  sources: NonNullable<EngineAnswer['sources']>;
  validatedBy?: string | undefined;
  validatedAt?: string | undefined;
}

/** A ranked entry; ties share the best rank (competition ranking: 1, 2, 2, 4). */
export interface RankedEntry {
  regionCode: string;
  value: number;
  rank: number;
  /** Share of other ranked regions with a strictly lower value, 0–100. */
  percentile: number;
}

/** Where the rank of a region falls across Monte-Carlo draws of weights and aggregation methods. */
export interface RankInterval {
  regionCode: string;
  /** Rank with the framework's own weights and rules. */
  baseRank: number;
  median: number;
  p05: number;
  p95: number;
  min: number;
  max: number;
}
