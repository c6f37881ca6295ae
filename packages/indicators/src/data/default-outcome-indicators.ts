import type { Direction, IndicatorInput, PolicyArea } from '@regin/domain';
import { type EnCa, enCa } from './text.js';

/**
 * Outcome indicators of the default framework: the EU's Zaragoza integration indicators that Eurostat
 * publishes at NUTS 2 (labour-force survey, EU-SILC). Observed per group, never answered; the question
 * text is the indicator's definition.
 */

interface OutcomeDefinition {
  code: string;
  areas: PolicyArea | PolicyArea[];
  direction: Direction;
  definition: EnCa;
  survey: 'lfs' | 'silc';
}

const SURVEY_GUIDANCE: Record<OutcomeDefinition['survey'], EnCa> = {
  lfs: [
    'Source: EU Labour Force Survey (Eurostat), NUTS 2 regions. Compare people born in the country, in another EU country and outside the EU. Figures for small groups may be flagged as of low reliability or not published.',
    'Font: Enquesta de població activa de la UE (Eurostat), regions NUTS 2. Compareu les persones nascudes al país, en un altre país de la UE i fora de la UE. Les dades de grups petits poden dur la marca de poca fiabilitat o no publicar-se.',
  ],
  silc: [
    'Source: EU Statistics on Income and Living Conditions (EU-SILC, Eurostat). Breakdowns by country of birth are published nationally; at NUTS 2 they may come from national statistical offices or be unavailable.',
    "Font: Estadístiques de la UE sobre renda i condicions de vida (EU-SILC, Eurostat). Els desglossaments per país de naixement es publiquen a escala estatal; a NUTS 2 poden provenir dels instituts d'estadística estatals o no estar disponibles.",
  ],
};

const OUTCOMES: OutcomeDefinition[] = [
  {
    code: 'OUT-EMP',
    areas: 'labour_market',
    direction: 'higher_is_better',
    survey: 'lfs',
    definition: [
      'Employment rate: people aged 20–64 in employment, as a share of the population aged 20–64.',
      "Taxa d'ocupació: persones de 20 a 64 anys ocupades, en percentatge de la població de 20 a 64 anys.",
    ],
  },
  {
    code: 'OUT-ACT',
    areas: 'labour_market',
    direction: 'higher_is_better',
    survey: 'lfs',
    definition: [
      'Activity rate: people aged 20–64 in the labour force (employed or unemployed), as a share of the population aged 20–64.',
      "Taxa d'activitat: persones de 20 a 64 anys actives (ocupades o aturades), en percentatge de la població de 20 a 64 anys.",
    ],
  },
  {
    code: 'OUT-UNE',
    areas: 'labour_market',
    direction: 'lower_is_better',
    survey: 'lfs',
    definition: [
      'Unemployment rate: unemployed people aged 20–64, as a share of the labour force of the same age.',
      "Taxa d'atur: persones aturades de 20 a 64 anys, en percentatge de la població activa de la mateixa edat.",
    ],
  },
  {
    code: 'OUT-ELET',
    areas: 'education',
    direction: 'lower_is_better',
    survey: 'lfs',
    definition: [
      'Early leavers from education and training: people aged 18–24 with at most lower secondary education who are not in education or training, as a share of the population aged 18–24.',
      "Abandonament prematur de l'educació i la formació: persones de 18 a 24 anys amb, com a màxim, la primera etapa de l'educació secundària i que no estudien ni es formen, en percentatge de la població de 18 a 24 anys.",
    ],
  },
  {
    code: 'OUT-TER',
    areas: 'education',
    direction: 'higher_is_better',
    survey: 'lfs',
    definition: [
      'Tertiary attainment: people aged 25–34 with a tertiary qualification (ISCED 5–8), as a share of the population aged 25–34.',
      "Estudis superiors: persones de 25 a 34 anys amb una titulació d'educació superior (CINE 5–8), en percentatge de la població de 25 a 34 anys.",
    ],
  },
  {
    code: 'OUT-NEET',
    areas: ['education', 'labour_market'],
    direction: 'lower_is_better',
    survey: 'lfs',
    definition: [
      'Young people neither in employment nor in education or training (NEET): people aged 15–29 who are not employed and not in education or training, as a share of the population aged 15–29.',
      'Joves que ni treballen ni estudien ni es formen (NEET): persones de 15 a 29 anys sense feina i que no estudien ni es formen, en percentatge de la població de 15 a 29 anys.',
    ],
  },
  {
    code: 'OUT-AROPE',
    areas: 'social_security',
    direction: 'lower_is_better',
    survey: 'silc',
    definition: [
      'At risk of poverty or social exclusion: people aged 18 or over who are at risk of poverty, severely materially and socially deprived, or living in a household with very low work intensity.',
      'Risc de pobresa o exclusió social: persones de 18 anys o més en risc de pobresa, en situació de privació material i social greu o que viuen en una llar amb una intensitat de treball molt baixa.',
    ],
  },
  {
    code: 'OUT-OVC',
    areas: 'housing',
    direction: 'lower_is_better',
    survey: 'silc',
    definition: [
      'Overcrowding rate: people aged 18 or over living in a dwelling with fewer rooms than their household needs under the EU definition.',
      "Taxa d'amuntegament: persones de 18 anys o més que viuen en un habitatge amb menys habitacions de les que la llar necessita segons la definició de la UE.",
    ],
  },
  {
    code: 'OUT-UMN',
    areas: 'health',
    direction: 'lower_is_better',
    survey: 'silc',
    definition: [
      'Self-reported unmet need for medical care: people aged 16 or over who did not get a medical examination or treatment they needed because it was too expensive, too far away or the waiting list was too long.',
      "Necessitat d'atenció mèdica no satisfeta: persones de 16 anys o més que no van rebre un examen o tractament mèdic que necessitaven perquè era massa car, massa lluny o la llista d'espera era massa llarga.",
    ],
  },
  {
    code: 'OUT-HLT',
    areas: 'health',
    direction: 'higher_is_better',
    survey: 'silc',
    definition: [
      'Self-perceived health: people aged 16 or over who rate their health as good or very good.',
      'Salut percebuda: persones de 16 anys o més que consideren que la seva salut és bona o molt bona.',
    ],
  },
];

function outcomeIndicator(outcome: OutcomeDefinition): IndicatorInput {
  return {
    code: outcome.code,
    kind: 'outcome',
    question: enCa(outcome.definition),
    guidance: enCa(SURVEY_GUIDANCE[outcome.survey]),
    options: [],
    tags: { policy_area: outcome.areas, target_group: 'tcn' },
    weight: 1,
    unit: '%',
    direction: outcome.direction,
  };
}

export const DEFAULT_OUTCOME_INDICATORS: IndicatorInput[] = OUTCOMES.map(outcomeIndicator);
