import {
  type AnswerSource,
  type BirthGroup,
  type Indicator,
  type PolicyArea,
  type RegionCompetence,
  type Sex,
  tagValues,
} from '@regin/domain';
import { DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK_VERSION, defaultFramework } from '@regin/indicators';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { answers, assessments, frameworks, outcomeObservations } from '../schema/indicators.js';
import { regions } from '../schema/regions.js';
import { illustrativeCompetences, NETWORK_REGIONS } from './network-regions.js';

/**
 * Seeds REGIN Lab's default framework and ILLUSTRATIVE data for it: two published assessment rounds
 * (2021, 2024) for each NUTS region of the network, and an outcome dataset after the Zaragoza indicators.
 * Every answer and figure is generated deterministically from a per-region profile (no Math.random), so
 * regions differ in ways REGIN reported, and everything is marked `illustrative`. Idempotent: rows that
 * exist are left alone, and answers are only written into assessments this call created.
 */

export interface IndicatorSeedReport {
  frameworksInserted: number;
  assessmentsInserted: number;
  answersInserted: number;
  outcomeObservationsInserted: number;
}

/** The assessment rounds and outcome years the seed writes. */
export const ILLUSTRATIVE_ROUNDS = [2021, 2024] as const;
type Round = (typeof ILLUSTRATIVE_ROUNDS)[number];

const CHUNK = 500;

const ROUND_DATES: Record<Round, { submittedAt: string; validatedAt: string; publishedAt: string }> = {
  2021: {
    submittedAt: '2022-04-29T10:00:00Z',
    validatedAt: '2022-05-20T10:00:00Z',
    publishedAt: '2022-06-01T10:00:00Z',
  },
  2024: {
    submittedAt: '2025-04-30T10:00:00Z',
    validatedAt: '2025-05-21T10:00:00Z',
    publishedAt: '2025-06-02T10:00:00Z',
  },
};

// Deterministic randomness -------------------------------------------------------------------------------

/** A number in [0, 1) fixed by `key`: FNV-1a hash, then one step of mulberry32. */
function draw(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  let t = (hash + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

// Policy answers -----------------------------------------------------------------------------------------

type OptionId = 'yes' | 'partial' | 'no';
const STEPS: readonly OptionId[] = ['no', 'partial', 'yes'];

/** A storyline answer that overrides the profile: what REGIN's sources say about a region. */
interface StoryAnswer {
  2021?: OptionId;
  2024?: OptionId;
  note: string;
}

interface PolicyProfile {
  /** Expected level in 2021 on a 0–1 scale, before area and question shifts. */
  base: number;
  areas?: Partial<Record<PolicyArea, number>>;
  /** Extra shift for evaluation-phase questions (most regions evaluate least). */
  evaluation?: number;
  /** Chance that a 2021 answer is one step better in 2024. */
  progress: number;
  stories?: Record<string, StoryAnswer>;
}

const CATALONIA_YOUTH =
  "Mirrors the gap REGIN's MIPEX-R assessment found in Catalonia: weak labour-market inclusion of migrant youth, which led to its robotics and programming workshops for migrant pupils aged 13–15.";
const AZORES_GUIDE =
  "Reflects the Azores' REGIN action: a Migrant's Guide on the web, as an app and in print, in Portuguese, English and more languages in print.";
const MURCIA_COMMISSION =
  "Reflects Murcia's REGIN action: a Social Cohesion Commission whose work fed the regional operational programme.";
const PUGLIA_SCHOOLS =
  "Reflects Puglia's REGIN action on literacy and school–family communication, where children often act as go-betweens for their parents.";
const CAMPANIA_MONITORING = "Reflects Campania's use of REGIN's tools to monitor a rural-inclusion project.";
const SKANE_HEALTH =
  "Reflects Skåne's REGIN health testbed: peer groups led by trained civic and health communicators, plus an advice service.";
const SKANE_EVALUATION =
  "Reflects the external university evaluation of Skåne's health testbed, which reported gains in health knowledge, mental-health literacy and social contacts.";

const POLICY_PROFILES: Record<string, PolicyProfile> = {
  PT20: {
    base: 0.45,
    areas: { language: 0.15, housing: -0.1 },
    evaluation: -0.1,
    progress: 0.25,
    stories: { 'LA-07': { 2021: 'partial', 2024: 'yes', note: AZORES_GUIDE } },
  },
  ITF3: {
    base: 0.38,
    areas: { health: 0.05, housing: -0.1 },
    evaluation: -0.15,
    progress: 0.25,
    stories: {
      'LM-07': { 2021: 'no', 2024: 'partial', note: CAMPANIA_MONITORING },
      'SS-08': { 2021: 'no', 2024: 'partial', note: CAMPANIA_MONITORING },
    },
  },
  ES51: {
    base: 0.62,
    areas: { labour_market: -0.25, language: 0.2, anti_discrimination: 0.15, education: 0.1 },
    progress: 0.2,
    stories: {
      'LM-06': { 2021: 'no', 2024: 'partial', note: CATALONIA_YOUTH },
      'LM-03': { 2021: 'partial', 2024: 'partial', note: CATALONIA_YOUTH },
      'ED-03': { 2021: 'yes', 2024: 'yes', note: 'Reception classes for newly arrived pupils.' },
    },
  },
  ES62: {
    base: 0.47,
    areas: { housing: -0.15, anti_discrimination: -0.1, social_security: 0.05 },
    progress: 0.25,
    stories: {
      'LM-02': { 2021: 'partial', 2024: 'yes', note: MURCIA_COMMISSION },
      'SS-01': { 2021: 'partial', 2024: 'yes', note: MURCIA_COMMISSION },
      'SS-02': { 2021: 'no', 2024: 'partial', note: MURCIA_COMMISSION },
    },
  },
  ITF4: {
    base: 0.42,
    areas: { education: -0.1, language: 0.05 },
    progress: 0.25,
    stories: {
      'ED-06': { 2021: 'no', 2024: 'partial', note: PUGLIA_SCHOOLS },
      'ED-02': { 2021: 'no', 2024: 'partial', note: PUGLIA_SCHOOLS },
      'LA-06': { 2021: 'partial', 2024: 'yes', note: PUGLIA_SCHOOLS },
    },
  },
  SE224: {
    base: 0.66,
    areas: { health: 0.2, language: 0.1 },
    progress: 0.2,
    stories: {
      'HE-06': { 2021: 'yes', 2024: 'yes', note: SKANE_HEALTH },
      'HE-01': { 2021: 'yes', 2024: 'yes', note: SKANE_HEALTH },
      'HE-08': { 2021: 'partial', 2024: 'yes', note: SKANE_EVALUATION },
    },
  },
  ES22: { base: 0.56, areas: { social_security: 0.1 }, progress: 0.15 },
  AT13: { base: 0.6, areas: { language: 0.1, housing: 0.1 }, progress: 0.12 },
  AT31: { base: 0.5, progress: 0.12 },
  AT33: { base: 0.48, progress: 0.12 },
  BE10: { base: 0.56, areas: { anti_discrimination: 0.15, labour_market: 0.05 }, progress: 0.12 },
  BE2: { base: 0.62, areas: { language: 0.15 }, progress: 0.12 },
  BE3: { base: 0.55, progress: 0.12 },
  DE1: { base: 0.56, areas: { education: 0.05 }, progress: 0.12 },
  DE2: { base: 0.5, areas: { culture_religion: -0.05 }, progress: 0.12 },
  DE3: { base: 0.64, areas: { anti_discrimination: 0.2 }, progress: 0.12 },
  DEA: { base: 0.58, progress: 0.12 },
  ITC4: { base: 0.45, progress: 0.12 },
  ITH5: { base: 0.55, areas: { social_security: 0.1 }, progress: 0.12 },
  PT17: { base: 0.52, areas: { language: 0.1 }, progress: 0.15 },
  ES21: { base: 0.56, areas: { social_security: 0.15 }, progress: 0.12 },
  ES30: { base: 0.5, progress: 0.12 },
  ES61: { base: 0.44, areas: { housing: -0.05 }, progress: 0.12 },
  SE110: { base: 0.61, areas: { housing: -0.1 }, progress: 0.12 },
  SE232: { base: 0.59, progress: 0.12 },
};

const DEFAULT_POLICY_PROFILE: PolicyProfile = { base: 0.5, progress: 0.12 };

const PHASE_SHIFT: Record<string, number> = {
  formulation: 0.08,
  policy_output: 0.06,
  implementation: 0,
  evaluation: -0.2,
};
const ELEMENT_SHIFT: Record<string, number> = { actions: 0.05, actors_relations: 0, resources: -0.07 };
/** Chance that a 2024 answer is one step worse than in 2021. */
const REGRESSION = 0.025;

function first(values: string[]): string {
  return values[0] ?? '';
}

function expectedLevel(profile: PolicyProfile, indicator: Indicator): number {
  const area = first(tagValues(indicator, 'policy_area')) as PolicyArea;
  const phase = first(tagValues(indicator, 'policy_cycle'));
  const element = first(tagValues(indicator, 'governance_element'));
  const level =
    profile.base +
    (profile.areas?.[area] ?? 0) +
    (PHASE_SHIFT[phase] ?? 0) +
    (phase === 'evaluation' ? (profile.evaluation ?? 0) : 0) +
    (ELEMENT_SHIFT[element] ?? 0);
  return Math.min(0.95, Math.max(0.05, level));
}

function optionFor(level: number, key: string): OptionId {
  const latent = level + (draw(key) - 0.5) * 0.7;
  if (latent >= 0.64) return 'yes';
  if (latent >= 0.36) return 'partial';
  return 'no';
}

function step(option: OptionId, by: 1 | -1): OptionId {
  const index = Math.min(STEPS.length - 1, Math.max(0, STEPS.indexOf(option) + by));
  return STEPS[index] ?? option;
}

interface ChosenAnswer {
  optionId: OptionId | null;
  notApplicable: boolean;
  justification: string;
}

interface SeedRegion {
  code: string;
  name: string;
  country: string;
  competences: RegionCompetence[];
}

function optionLabel(indicator: Indicator, optionId: OptionId): string {
  const option = indicator.options.find((candidate) => candidate.id === optionId);
  return option?.label.text.en ?? optionId;
}

function areaLabel(area: string): string {
  const axis = defaultFramework.axes.find((candidate) => candidate.id === 'policy_area');
  const value = axis?.values.find((candidate) => candidate.id === area);
  return (value?.label.text.en ?? area).toLowerCase();
}

/** Both rounds of one region's answer to one question: 2024 builds on 2021 (mostly equal or better). */
function chooseAnswers(region: SeedRegion, indicator: Indicator): Record<Round, ChosenAnswer> {
  const area = first(tagValues(indicator, 'policy_area'));
  const competence = region.competences.find((entry) => entry.policyArea === area);
  if (competence?.level === 'none') {
    const justification = `Illustrative answer: not applicable. ${region.name} holds no competence in ${areaLabel(area)} in its illustrative competence profile.`;
    const na = { optionId: null, notApplicable: true, justification };
    return { 2021: na, 2024: na };
  }
  const profile = POLICY_PROFILES[region.code] ?? DEFAULT_POLICY_PROFILE;
  const story = profile.stories?.[indicator.code];
  const base = `${region.code}|${indicator.code}`;
  const in2021 = story?.[2021] ?? optionFor(expectedLevel(profile, indicator), `${base}|2021`);
  let in2024 = story?.[2024];
  if (in2024 === undefined) {
    const change = draw(`${base}|2024`);
    if (change < REGRESSION) in2024 = step(in2021, -1);
    else if (change < REGRESSION + profile.progress) in2024 = step(in2021, 1);
    else in2024 = in2021;
  }
  const explain = (optionId: OptionId, round: Round, previous?: OptionId): string => {
    const parts = [`Illustrative answer: "${optionLabel(indicator, optionId)}".`];
    parts.push(
      story
        ? story.note
        : `Generated from the demo profile of ${region.name} for the ${round} round; replace it with the region's own assessment.`,
    );
    if (previous !== undefined && previous !== optionId) {
      parts.push(`Changed since 2021 (then: "${optionLabel(indicator, previous)}").`);
    }
    return parts.join(' ');
  };
  return {
    2021: { optionId: in2021, notApplicable: false, justification: explain(in2021, 2021) },
    2024: { optionId: in2024, notApplicable: false, justification: explain(in2024, 2024, in2021) },
  };
}

function illustrativeSource(round: Round): AnswerSource {
  return {
    kind: 'document',
    title: "Illustrative source — replace with the region's real evidence",
    date: `${round}-12-31`,
  };
}

// Outcome observations -----------------------------------------------------------------------------------

/** Figures for the native-born in 2021 and the non-EU-born employment gap, in percent or points. */
interface OutcomeProfile {
  emp: number;
  gap: number;
  une: number;
  tert: number;
  elet: number;
  neet: number;
  arope: number;
  /** Shares of the population born outside the EU and in another EU country, in percent. */
  nonEu: number;
  eu: number;
}

const OUTCOME_PROFILES: Record<string, OutcomeProfile> = {
  PT20: { emp: 68, gap: 6, une: 8, tert: 30, elet: 22, neet: 14, arope: 26, nonEu: 3, eu: 2 },
  ITF3: { emp: 45, gap: 5, une: 18, tert: 24, elet: 15, neet: 27, arope: 42, nonEu: 4, eu: 1 },
  ES51: { emp: 74, gap: 10, une: 9, tert: 47, elet: 14, neet: 11, arope: 19, nonEu: 17, eu: 5 },
  ES62: { emp: 65, gap: 8, une: 13, tert: 37, elet: 19, neet: 15, arope: 30, nonEu: 14, eu: 5 },
  ITF4: { emp: 50, gap: 5, une: 13, tert: 24, elet: 15, neet: 24, arope: 35, nonEu: 3, eu: 1 },
  SE224: { emp: 84, gap: 25, une: 6, tert: 52, elet: 6, neet: 7, arope: 12, nonEu: 18, eu: 6 },
  ES22: { emp: 75, gap: 14, une: 8, tert: 55, elet: 8, neet: 9, arope: 14, nonEu: 10, eu: 4 },
  AT13: { emp: 72, gap: 14, une: 8, tert: 45, elet: 11, neet: 12, arope: 17, nonEu: 22, eu: 17 },
  AT31: { emp: 80, gap: 15, une: 3, tert: 38, elet: 6, neet: 7, arope: 10, nonEu: 10, eu: 7 },
  AT33: { emp: 80, gap: 12, une: 3, tert: 36, elet: 6, neet: 7, arope: 11, nonEu: 9, eu: 9 },
  BE10: { emp: 62, gap: 20, une: 11, tert: 55, elet: 11, neet: 15, arope: 30, nonEu: 25, eu: 25 },
  BE2: { emp: 80, gap: 23, une: 3, tert: 50, elet: 5, neet: 7, arope: 11, nonEu: 9, eu: 6 },
  BE3: { emp: 67, gap: 20, une: 8, tert: 44, elet: 9, neet: 13, arope: 24, nonEu: 9, eu: 9 },
  DE1: { emp: 83, gap: 14, une: 3, tert: 36, elet: 9, neet: 7, arope: 13, nonEu: 14, eu: 12 },
  DE2: { emp: 84, gap: 13, une: 3, tert: 37, elet: 8, neet: 6, arope: 12, nonEu: 12, eu: 11 },
  DE3: { emp: 78, gap: 17, une: 6, tert: 50, elet: 11, neet: 10, arope: 20, nonEu: 18, eu: 10 },
  DEA: { emp: 78, gap: 18, une: 4, tert: 35, elet: 11, neet: 10, arope: 17, nonEu: 14, eu: 9 },
  ITC4: { emp: 74, gap: 8, une: 5, tert: 35, elet: 11, neet: 12, arope: 14, nonEu: 12, eu: 4 },
  ITH5: { emp: 76, gap: 10, une: 5, tert: 34, elet: 9, neet: 11, arope: 12, nonEu: 12, eu: 4 },
  PT17: { emp: 77, gap: 5, une: 7, tert: 50, elet: 8, neet: 9, arope: 17, nonEu: 12, eu: 3 },
  ES21: { emp: 74, gap: 16, une: 8, tert: 60, elet: 6, neet: 9, arope: 15, nonEu: 9, eu: 3 },
  ES30: { emp: 76, gap: 6, une: 9, tert: 52, elet: 10, neet: 11, arope: 18, nonEu: 16, eu: 5 },
  ES61: { emp: 60, gap: 6, une: 19, tert: 37, elet: 18, neet: 18, arope: 35, nonEu: 7, eu: 4 },
  SE110: { emp: 86, gap: 18, une: 5, tert: 60, elet: 6, neet: 6, arope: 13, nonEu: 20, eu: 6 },
  SE232: { emp: 85, gap: 22, une: 5, tert: 52, elet: 6, neet: 6, arope: 13, nonEu: 16, eu: 5 },
};

const DEFAULT_OUTCOME_PROFILE: OutcomeProfile = {
  emp: 72,
  gap: 12,
  une: 7,
  tert: 40,
  elet: 10,
  neet: 11,
  arope: 20,
  nonEu: 10,
  eu: 5,
};

/** Country-level survey figures for the native-born (overcrowding, unmet medical needs, good health) and the men–women employment gap. */
const COUNTRY_FIGURES: Record<string, { ovc: number; umn: number; hlt: number; sexGap: number }> = {
  ES: { ovc: 6, umn: 0.6, hlt: 74, sexGap: 9 },
  IT: { ovc: 27, umn: 1.8, hlt: 70, sexGap: 18 },
  PT: { ovc: 9, umn: 1.8, hlt: 50, sexGap: 5 },
  SE: { ovc: 15, umn: 1.5, hlt: 74, sexGap: 4 },
  AT: { ovc: 12, umn: 0.3, hlt: 70, sexGap: 8 },
  BE: { ovc: 5, umn: 1.6, hlt: 73, sexGap: 7 },
  DE: { ovc: 9, umn: 0.2, hlt: 63, sexGap: 7 },
};
const DEFAULT_COUNTRY_FIGURES = { ovc: 10, umn: 1, hlt: 68, sexGap: 8 };

type Born = Exclude<BirthGroup, 'foreign' | 'total'>;
type GroupValues = Record<Born, number>;

interface OutcomeSpec {
  age: string;
  survey: 'EU-LFS' | 'EU-SILC';
  name: string;
  /** Noise amplitude in points, doubled for the small foreign-born groups. */
  noise: number;
  values(profile: OutcomeProfile, country: typeof DEFAULT_COUNTRY_FIGURES, later: number): GroupValues;
}

function unemployment(p: OutcomeProfile, later: number): GroupValues {
  const native = p.une * (1 - 0.15 * later);
  return { native, eu: native * 1.2 + 1, non_eu: native * (1.1 + p.gap / 15) + 2 };
}

function employment(p: OutcomeProfile, later: number): GroupValues {
  const native = p.emp + 2.5 * later;
  return { native, eu: native - p.gap * 0.3, non_eu: native - p.gap + 1.5 * later };
}

/** Keyed by outcome indicator code of the default framework; codes without a spec get no figures. */
const OUTCOME_SPECS: Record<string, OutcomeSpec> = {
  'OUT-EMP': {
    age: '20-64',
    survey: 'EU-LFS',
    name: 'employment rate',
    noise: 1.5,
    values: (p, _c, later) => employment(p, later),
  },
  'OUT-ACT': {
    age: '20-64',
    survey: 'EU-LFS',
    name: 'activity rate',
    noise: 1.2,
    values: (p, _c, later) => {
      const emp = employment(p, later);
      const une = unemployment(p, later);
      return {
        native: emp.native / (1 - une.native / 100),
        eu: emp.eu / (1 - une.eu / 100),
        non_eu: emp.non_eu / (1 - une.non_eu / 100),
      };
    },
  },
  'OUT-UNE': {
    age: '20-64',
    survey: 'EU-LFS',
    name: 'unemployment rate',
    noise: 1,
    values: (p, _c, later) => unemployment(p, later),
  },
  'OUT-ELET': {
    age: '18-24',
    survey: 'EU-LFS',
    name: 'early leavers from education and training',
    noise: 1.5,
    values: (p, _c, later) => {
      const native = p.elet - later;
      return { native, eu: native + 4, non_eu: native + 8 + p.gap * 0.4 };
    },
  },
  'OUT-TER': {
    age: '25-34',
    survey: 'EU-LFS',
    name: 'tertiary educational attainment',
    noise: 2,
    values: (p, _c, later) => {
      const native = p.tert + 2 * later;
      return { native, eu: native - 1, non_eu: native - 8 - p.gap * 0.3 };
    },
  },
  'OUT-NEET': {
    age: '15-29',
    survey: 'EU-LFS',
    name: 'young people neither in employment nor in education or training',
    noise: 1.2,
    values: (p, _c, later) => {
      const native = p.neet - 2 * later;
      return { native, eu: native + 3, non_eu: native + 6 + p.gap * 0.4 };
    },
  },
  'OUT-AROPE': {
    age: '18+',
    survey: 'EU-SILC',
    name: 'at-risk-of-poverty-or-social-exclusion rate',
    noise: 1.5,
    values: (p, _c, later) => {
      const native = p.arope - later;
      return { native, eu: native + 6, non_eu: native + 15 + p.gap * 0.6 };
    },
  },
  'OUT-OVC': {
    age: '18+',
    survey: 'EU-SILC',
    name: 'overcrowding rate',
    noise: 1.2,
    values: (_p, c, later) => {
      const native = c.ovc - 0.5 * later;
      return { native, eu: native * 1.3 + 4, non_eu: native * 1.8 + 10 };
    },
  },
  'OUT-UMN': {
    age: '16+',
    survey: 'EU-SILC',
    name: 'self-reported unmet need for medical care',
    noise: 0.3,
    values: (_p, c, later) => {
      const native = c.umn + 0.3 * later;
      return { native, eu: native * 1.2 + 0.2, non_eu: native * 1.5 + 0.5 };
    },
  },
  'OUT-HLT': {
    age: '16+',
    survey: 'EU-SILC',
    name: 'self-perceived good or very good health',
    noise: 1.5,
    values: (_p, c, later) => {
      const native = c.hlt - 0.5 * later;
      return { native, eu: native + 3, non_eu: native + 2 };
    },
  },
};

/** Indicators broken down by sex as well (F and M beside T). */
const BY_SEX = new Set(['OUT-EMP']);

const BORN: readonly Born[] = ['native', 'eu', 'non_eu'];

function round1(value: number): number {
  return Math.round(Math.min(99.9, Math.max(0.1, value)) * 10) / 10;
}

interface ObservationValue {
  birth: BirthGroup;
  sex: Sex;
  value: number;
  lowReliability: boolean;
}

function observationsFor(
  region: SeedRegion,
  code: string,
  spec: OutcomeSpec,
  year: Round,
): ObservationValue[] {
  const profile = OUTCOME_PROFILES[region.code] ?? DEFAULT_OUTCOME_PROFILE;
  const country = COUNTRY_FIGURES[region.country] ?? DEFAULT_COUNTRY_FIGURES;
  const later = year === 2024 ? 1 : 0;
  const raw = spec.values(profile, country, later);
  const noisy = {} as GroupValues;
  for (const born of BORN) {
    const amplitude = born === 'native' ? spec.noise : spec.noise * 2;
    noisy[born] = raw[born] + (draw(`${region.code}|${code}|${year}|${born}`) - 0.5) * 2 * amplitude;
  }
  const shares: GroupValues = {
    native: 100 - profile.nonEu - profile.eu,
    eu: profile.eu,
    non_eu: profile.nonEu,
  };
  const total = (values: GroupValues) =>
    BORN.reduce((sum, born) => sum + values[born] * shares[born], 0) / 100;
  const rows: ObservationValue[] = [];
  const push = (values: GroupValues, sex: Sex) => {
    for (const born of BORN) {
      rows.push({ birth: born, sex, value: round1(values[born]), lowReliability: shares[born] < 5 });
    }
    rows.push({ birth: 'total', sex, value: round1(total(values)), lowReliability: false });
  };
  push(noisy, 'T');
  if (BY_SEX.has(code)) {
    // Men above and women below the both-sexes figure; the gap is wider for people born abroad.
    const half = (born: Born) => (country.sexGap + (born === 'non_eu' ? 12 : born === 'eu' ? 4 : 0)) / 2;
    const bySex = (sign: 1 | -1) =>
      Object.fromEntries(BORN.map((born) => [born, noisy[born] + sign * half(born)])) as GroupValues;
    push(bySex(1), 'M');
    push(bySex(-1), 'F');
  }
  return rows;
}

function datasetName(spec: OutcomeSpec): string {
  return `Illustrative figures modelled on Eurostat ${spec.survey} regional data: ${spec.name}, ${spec.age}, by country of birth`;
}

// Seeding ------------------------------------------------------------------------------------------------

async function insertChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown[]>): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    inserted += (await insert(rows.slice(start, start + CHUNK))).length;
  }
  return inserted;
}

/**
 * Inserts the default framework and the illustrative assessments, answers and outcome figures for the
 * network's NUTS regions that exist in `regions` (run `seedDatabase` first). Call it inside the seed's
 * transaction; running it again inserts nothing.
 */
export async function seedIndicators(tx: Executor): Promise<IndicatorSeedReport> {
  const framework = await tx
    .insert(frameworks)
    .values({
      id: DEFAULT_FRAMEWORK_ID,
      version: DEFAULT_FRAMEWORK_VERSION,
      name: defaultFramework.name,
      definition: defaultFramework,
      indicatorCount: defaultFramework.indicators.length,
      illustrative: defaultFramework.illustrative,
    })
    .onConflictDoNothing({ target: [frameworks.id, frameworks.version] })
    .returning({ id: frameworks.id });

  const networkCodes = NETWORK_REGIONS.map((entry) => entry.code);
  const rows = await tx
    .select({
      code: regions.code,
      name: regions.name,
      country: regions.country,
      competences: regions.competences,
    })
    .from(regions)
    .where(and(inArray(regions.code, networkCodes), eq(regions.scheme, 'nuts')));
  const seedRegions: SeedRegion[] = rows
    .map((row) => ({
      ...row,
      competences: row.competences.length > 0 ? row.competences : illustrativeCompetences(row.country),
    }))
    .sort((a, b) => networkCodes.indexOf(a.code) - networkCodes.indexOf(b.code));
  const byCode = new Map(seedRegions.map((region) => [region.code, region]));
  const report: IndicatorSeedReport = {
    frameworksInserted: framework.length,
    assessmentsInserted: 0,
    answersInserted: 0,
    outcomeObservationsInserted: 0,
  };
  if (seedRegions.length === 0) return report;

  const created = await tx
    .insert(assessments)
    .values(
      seedRegions.flatMap((region) =>
        ILLUSTRATIVE_ROUNDS.map((round) => ({
          regionCode: region.code,
          frameworkId: DEFAULT_FRAMEWORK_ID,
          frameworkVersion: DEFAULT_FRAMEWORK_VERSION,
          round,
          status: 'published' as const,
          illustrative: true,
          ...ROUND_DATES[round],
          validatedBy: null,
          publishedBy: null,
        })),
      ),
    )
    .onConflictDoNothing({ target: [assessments.regionCode, assessments.frameworkId, assessments.round] })
    .returning({ id: assessments.id, regionCode: assessments.regionCode, round: assessments.round });

  const policy = defaultFramework.indicators.filter((indicator) => indicator.kind === 'policy');
  const chosen = new Map<string, Map<string, Record<Round, ChosenAnswer>>>();
  const answersOf = (region: SeedRegion) => {
    let perIndicator = chosen.get(region.code);
    if (!perIndicator) {
      perIndicator = new Map(policy.map((indicator) => [indicator.code, chooseAnswers(region, indicator)]));
      chosen.set(region.code, perIndicator);
    }
    return perIndicator;
  };
  const answerRows = created.flatMap((assessment) => {
    const region = byCode.get(assessment.regionCode);
    if (!region) return [];
    const round = assessment.round as Round;
    const perIndicator = answersOf(region);
    return policy.map((indicator) => {
      const answer = (perIndicator.get(indicator.code) as Record<Round, ChosenAnswer>)[round];
      return {
        assessmentId: assessment.id,
        indicatorCode: indicator.code,
        optionId: answer.optionId,
        notApplicable: answer.notApplicable,
        justification: answer.justification,
        sources: [illustrativeSource(round)],
      };
    });
  });
  const answersInserted = await insertChunks(answerRows, (chunk) =>
    tx
      .insert(answers)
      .values(chunk)
      .onConflictDoNothing({ target: [answers.assessmentId, answers.indicatorCode] })
      .returning({ code: answers.indicatorCode }),
  );

  const outcomes = defaultFramework.indicators.filter(
    (indicator) => indicator.kind === 'outcome' && OUTCOME_SPECS[indicator.code] !== undefined,
  );
  const observationRows = seedRegions.flatMap((region) =>
    ILLUSTRATIVE_ROUNDS.flatMap((year) =>
      outcomes.flatMap((indicator) => {
        const spec = OUTCOME_SPECS[indicator.code] as OutcomeSpec;
        return observationsFor(region, indicator.code, spec, year).map((observation) => ({
          regionCode: region.code,
          indicatorCode: indicator.code,
          year,
          birth: observation.birth,
          citizenship: null,
          sex: observation.sex,
          age: spec.age,
          value: observation.value,
          unit: indicator.unit ?? '%',
          source: {
            dataset: datasetName(spec),
            ...(observation.lowReliability ? { flags: 'u' } : {}),
          },
          illustrative: true,
        }));
      }),
    ),
  );
  const outcomeObservationsInserted = await insertChunks(observationRows, (chunk) =>
    tx
      .insert(outcomeObservations)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: outcomeObservations.id }),
  );

  return { ...report, assessmentsInserted: created.length, answersInserted, outcomeObservationsInserted };
}
