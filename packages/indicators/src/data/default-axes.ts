import {
  type AxisInput,
  GOVERNANCE_ELEMENTS,
  POLICY_AREAS,
  POLICY_CYCLE_PHASES,
  TARGET_GROUPS,
} from '@regin/domain';
import { type EnCa, enCa } from './text.js';

/**
 * The four MIPEX-R axes as the default framework declares them. Value ids are exactly the enums of
 * @regin/domain, so code that knows the axes (region competences, practices' policy areas) lines up.
 */

interface ValueText {
  label: EnCa;
  es: string;
  description?: EnCa;
}

const POLICY_AREA_TEXT: Record<(typeof POLICY_AREAS)[number], ValueText> = {
  labour_market: { label: ['Labour market', 'Mercat de treball'], es: 'Mercado de trabajo' },
  education: { label: ['Education', 'Educació'], es: 'Educación' },
  health: { label: ['Health', 'Salut'], es: 'Salud' },
  housing: { label: ['Housing', 'Habitatge'], es: 'Vivienda' },
  language: { label: ['Language', 'Llengua'], es: 'Lengua' },
  culture_religion: { label: ['Culture and religion', 'Cultura i religió'], es: 'Cultura y religión' },
  social_security: {
    label: ['Social security and assistance', 'Seguretat i assistència social'],
    es: 'Seguridad y asistencia social',
  },
  anti_discrimination: { label: ['Anti-discrimination', 'Antidiscriminació'], es: 'Antidiscriminación' },
};

const GOVERNANCE_ELEMENT_TEXT: Record<(typeof GOVERNANCE_ELEMENTS)[number], ValueText> = {
  actions: {
    label: ['Actions', 'Accions'],
    es: 'Acciones',
    description: [
      'What the region does: strategies, rules, entitlements and services.',
      'El que fa la regió: estratègies, normes, drets i serveis.',
    ],
  },
  actors_relations: {
    label: ['Actors and relations', 'Actors i relacions'],
    es: 'Actores y relaciones',
    description: [
      'Who takes part and how they work together: consultation, coordination, partnerships.',
      'Qui hi participa i com col·labora: consulta, coordinació, partenariats.',
    ],
  },
  resources: {
    label: ['Resources', 'Recursos'],
    es: 'Recursos',
    description: [
      'What the policy runs on: budget, staff, expertise and data.',
      'Amb què funciona la política: pressupost, personal, coneixement i dades.',
    ],
  },
};

const POLICY_CYCLE_TEXT: Record<(typeof POLICY_CYCLE_PHASES)[number], ValueText> = {
  formulation: {
    label: ['Formulation', 'Formulació'],
    es: 'Formulación',
    description: [
      'Setting goals and drafting strategies and plans, and who is heard while doing so.',
      "Fixar objectius i elaborar estratègies i plans, i a qui s'escolta en fer-ho.",
    ],
  },
  policy_output: {
    label: ['Policy output', 'Productes de la política'],
    es: 'Productos de la política',
    description: [
      'What formulation produces: laws, regulations, entitlements and programmes.',
      'El que en resulta: lleis, reglaments, drets i programes.',
    ],
  },
  implementation: {
    label: ['Implementation', 'Implementació'],
    es: 'Implementación',
    description: [
      'Putting policy into practice: services, funding and staff on the ground.',
      'Portar la política a la pràctica: serveis, finançament i personal sobre el terreny.',
    ],
  },
  evaluation: {
    label: ['Evaluation', 'Avaluació'],
    es: 'Evaluación',
    description: [
      'Monitoring and evaluating results, and using them to adjust the policy.',
      "Fer el seguiment i l'avaluació dels resultats, i fer-los servir per ajustar la política.",
    ],
  },
};

const TARGET_GROUP_TEXT: Record<(typeof TARGET_GROUPS)[number], ValueText> = {
  tcn: {
    label: ['Third-country nationals', 'Nacionals de tercers països'],
    es: 'Nacionales de terceros países',
    description: [
      'Citizens of countries outside the EU who live in the region.',
      'Ciutadans de països de fora de la UE que viuen a la regió.',
    ],
  },
  bip: {
    label: ['Beneficiaries of international protection', 'Beneficiaris de protecció internacional'],
    es: 'Beneficiarios de protección internacional',
    description: [
      'Refugees and people with subsidiary protection; some questions also cover asylum seekers.',
      "Persones refugiades i amb protecció subsidiària; algunes preguntes inclouen també les sol·licitants d'asil.",
    ],
  },
};

function axis<Id extends string>(
  id: string,
  name: EnCa,
  es: string,
  ids: readonly Id[],
  text: Record<Id, ValueText>,
): AxisInput {
  return {
    id,
    name: enCa(name, es),
    nested: false,
    values: ids.map((valueId) => {
      const value = text[valueId];
      return {
        id: valueId,
        label: enCa(value.label, value.es),
        ...(value.description ? { description: enCa(value.description) } : {}),
      };
    }),
  };
}

export const DEFAULT_AXES: AxisInput[] = [
  axis(
    'policy_area',
    ['Policy area', 'Àmbit de política'],
    'Ámbito de política',
    POLICY_AREAS,
    POLICY_AREA_TEXT,
  ),
  axis(
    'governance_element',
    ['Governance element', 'Element de governança'],
    'Elemento de gobernanza',
    GOVERNANCE_ELEMENTS,
    GOVERNANCE_ELEMENT_TEXT,
  ),
  axis(
    'policy_cycle',
    ['Policy cycle', 'Cicle de les polítiques'],
    'Ciclo de las políticas',
    POLICY_CYCLE_PHASES,
    POLICY_CYCLE_TEXT,
  ),
  axis(
    'target_group',
    ['Target group', 'Grup destinatari'],
    'Grupo destinatario',
    TARGET_GROUPS,
    TARGET_GROUP_TEXT,
  ),
];
