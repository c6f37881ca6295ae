import type {
  AssessmentInput,
  ExpertInput,
  FrameworkInput,
  IntegrationActionInput,
  OutcomeObservation,
  PracticeInput,
  PracticeSubmissionInput,
  ToolkitModuleInput,
} from '../src/index.js';
import { localized } from '../src/index.js';

export const USER_ID = '0b8f1c3e-4a2d-4e6f-9a1b-2c3d4e5f6a7b';
export const OTHER_USER_ID = '1c9a2d4f-5b3e-4f70-8b2c-3d4e5f6a7b8c';
export const ACTION_ID = '2d0b3e5a-6c4f-4a81-9c3d-4e5f6a7b8c9d';
export const PRACTICE_ID = '3e1c4f6b-7d5a-4b92-8d4e-5f6a7b8c9d0e';

/** A small framework on two of the MIPEX-R axes with one policy and one outcome indicator. */
export function framework(): FrameworkInput {
  return {
    id: 'regin-lab-demo',
    version: '1.0.0',
    name: localized('en', 'REGIN Lab demonstration framework'),
    modelledOn: 'Written for REGIN Lab on the MIPEX-R axes and 0–100 scale; not the official questionnaire',
    illustrative: true,
    axes: [
      {
        id: 'policy_area',
        name: localized('en', 'Policy area'),
        values: [
          { id: 'labour_market', label: localized('en', 'Labour market') },
          { id: 'housing', label: localized('en', 'Housing') },
        ],
      },
      {
        id: 'policy_cycle',
        name: localized('en', 'Policy cycle'),
        values: [
          { id: 'formulation', label: localized('en', 'Formulation') },
          { id: 'implementation', label: localized('en', 'Implementation') },
        ],
      },
    ],
    indicators: [
      {
        code: 'LM-1',
        kind: 'policy',
        question: localized('en', 'Does the region run a job-counselling service open to TCNs?'),
        options: [
          { id: 'no', label: localized('en', 'No'), score: 0 },
          { id: 'partly', label: localized('en', 'For some groups'), score: 50 },
          { id: 'yes', label: localized('en', 'Yes'), score: 100 },
        ],
        tags: { policy_area: 'labour_market', policy_cycle: ['formulation', 'implementation'] },
      },
      {
        code: 'EMP-RATE',
        kind: 'outcome',
        question: localized('en', 'Employment rate, 20–64'),
        tags: { policy_area: 'labour_market' },
        unit: '%',
        direction: 'higher_is_better',
      },
    ],
  };
}

export function assessment(): AssessmentInput {
  return {
    id: '4f2d5a7c-8e6b-4ca3-9e5f-6a7b8c9d0e1f',
    regionCode: 'ES51',
    frameworkId: 'regin-lab-demo',
    frameworkVersion: '1.0.0',
    round: 2022,
    status: 'draft',
    illustrative: true,
    answers: [
      {
        indicatorCode: 'LM-1',
        optionId: 'partly',
        justification: 'The regional employment service offers counselling to residents with a work permit.',
        sources: [
          {
            kind: 'url',
            url: 'https://example.org/plan',
            title: 'Regional employment plan',
            date: '2021-05-01',
          },
        ],
      },
    ],
  };
}

export function observation(): OutcomeObservation {
  return {
    regionCode: 'SE22',
    indicatorCode: 'EMP-RATE',
    year: 2021,
    group: { birth: 'non_eu', sex: 'F', age: '20-64' },
    value: 54.3,
    unit: '%',
    source: { dataset: 'lfst_r_lfe2emprc', flags: 'u' },
    illustrative: true,
  };
}

export function practice(): PracticeInput {
  return {
    id: PRACTICE_ID,
    slug: 'robotics-workshops-for-migrant-pupils',
    title: { source: 'ca', text: { ca: 'Tallers de robòtica', en: 'Robotics workshops' } },
    summary: localized('en', 'Robotics and programming workshops for migrant pupils aged 13–15.'),
    description: localized(
      'en',
      'Chosen because MIPEX-R scored the labour-market inclusion of migrant youth low.',
    ),
    lessons: localized('en', 'Involve families early.'),
    regionCodes: ['ES51'],
    location: { lat: 41.39, lon: 2.17 },
    policyAreas: ['education', 'labour_market'],
    targetGroups: ['youth', 'tcn'],
    authorityRole: { kind: 'direct', role: 'leader' },
    stakeholders: [{ name: 'A secondary school', kind: 'public_service', role: 'hosted the workshops' }],
    period: { start: '2021-09-01', end: '2022-06-30' },
    status: 'ended',
    result: 'successful',
    ratings: { relevance: 5, innovation: 4 },
    fundingSources: [{ kind: 'eu', name: 'AMIF' }],
    budget: { amount: 25000, currency: 'EUR' },
    links: [{ url: 'https://example.org/robotics', kind: 'website' }],
    contacts: [{ name: 'Project office', email: 'office@example.org', consent: true }],
    languages: ['ca', 'es'],
    moderationStatus: 'published',
    version: 1,
    illustrative: true,
  };
}

export function submission(): PracticeSubmissionInput {
  return {
    title: localized('pt', 'Guia do Migrante'),
    summary: localized('pt', 'Guia em papel, web e aplicação.'),
    description: localized('pt', 'Informação prática para quem chega aos Açores.'),
    regionCodes: ['PT20'],
    policyAreas: ['language'],
    targetGroups: ['all_migrants'],
    authorityRole: { kind: 'direct', role: 'leader' },
    period: { start: '2020-01-01' },
    status: 'ongoing',
    result: 'successful',
    submitter: { name: 'Ana', email: 'ana@example.org' },
    consent: true,
    website2: '',
  };
}

export function expert(): ExpertInput {
  return {
    id: '5a3e6b8d-9f7c-4db4-8f6a-7b8c9d0e1f2a',
    name: 'Dr. Example Person',
    organisation: 'Example University',
    regionCode: 'SE22',
    expertise: { policyAreas: ['health'], targetGroups: ['refugees'], methods: ['participatory evaluation'] },
    languages: ['sv', 'en'],
    contact: { email: 'expert@example.org', phone: '+46 40 000 000' },
    contactConsent: false,
    practiceIds: [PRACTICE_ID],
    illustrative: true,
  };
}

export function action(): IntegrationActionInput {
  return {
    id: ACTION_ID,
    regionCode: 'SE22',
    title: localized('en', 'Health communicators for newcomers'),
    addressedGaps: [{ axis: 'policy_area', value: 'health', indicatorCodes: ['HE-2'] }],
    objectives: [{ id: 'o1', text: localized('en', 'Better health literacy among newcomers') }],
    logicModel: {
      inputs: [{ id: 'in1', text: localized('en', 'Trained civic and health communicators') }],
      activities: [{ id: 'a1', text: localized('en', 'Peer groups led by communicators') }],
      outputs: [{ id: 'out1', text: localized('en', 'Peer-group sessions held'), activityId: 'a1' }],
      outcomes: [{ id: 'oc1', text: localized('en', 'Gains in health knowledge') }],
      impact: [{ id: 'im1', text: localized('en', 'Health equity') }],
    },
    kpis: [
      {
        id: 'k1',
        name: localized('en', 'Participants reporting better health knowledge'),
        unit: '%',
        direction: 'higher_is_better',
        baseline: { value: 20, year: 2020 },
        target: { value: 60, year: 2022 },
        measurements: [{ date: '2021-12-31', value: 45, breakdown: { sex: { F: 48, M: 41 } } }],
        outcomeId: 'oc1',
      },
    ],
    stakeholders: [{ name: 'A university', kind: 'academic', role: 'external evaluation' }],
    timeline: { start: '2020-09-01', end: '2022-12-31' },
    budget: { amount: 300000, currency: 'SEK' },
    status: 'completed',
    illustrative: true,
  };
}

export function toolkitModule(): ToolkitModuleInput {
  return {
    slug: 'mapping-stakeholders',
    track: 'stakeholders',
    version: '1.0.0',
    language: 'en',
    title: 'Mapping the stakeholders of integration',
    objectives: ['Name who acts on integration in the region'],
    durationMinutes: 120,
    audience: 'Members of receiving communities and local organisations',
    sessions: [
      {
        title: 'Who is involved?',
        durationMinutes: 90,
        activities: [
          {
            title: 'Opening',
            kind: 'presentation',
            durationMinutes: 15,
            description: 'Why map stakeholders.',
          },
          {
            title: 'Map',
            kind: 'stakeholder_mapping',
            durationMinutes: 60,
            description: 'Draw the map in groups.',
          },
        ],
      },
    ],
    resources: [{ title: 'MIPEX', url: 'https://www.mipex.eu/' }],
    quiz: [
      {
        question: 'Which axis holds "implementation"?',
        options: ['Policy area', 'Policy cycle'],
        answerIndex: 1,
      },
    ],
  };
}
