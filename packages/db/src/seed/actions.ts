import {
  type IntegrationActionContent,
  integrationActionContentSchema,
  type LocalizedText,
} from '@regin/domain';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { actionEvaluators, evaluations, integrationActions } from '../schema/actions.js';
import { users } from '../schema/users.js';

/**
 * One illustrative integration action per REGIN pilot region, each chosen from a MIPEX-R gap, with a logic
 * model, KPIs with dated measurements (aggregated figures only), and a final external evaluation. All of it
 * is demo data grounded in what the pilots did (ARCHITECTURE §4b) and flagged illustrative.
 */

const t = (en: string, ca: string): LocalizedText => ({ source: 'en', text: { en, ca } });

/** A disabled account that signs the demo evaluations: it can never sign in (no password hash matches). */
export const DEMO_EVALUATOR = {
  id: '00000000-0000-4000-8000-0000000e7a10',
  email: 'demo-evaluator@regin-lab.invalid',
  name: 'REGIN demo evaluator (illustrative)',
};

interface Spec {
  id: string;
  region: string;
  title: LocalizedText;
  summary: LocalizedText;
  gap: { value: string; indicatorCodes?: string[] };
  start: string;
  end: string;
  activities: [string, string][];
  outcome: [string, string];
  kpis: {
    id: string;
    name: LocalizedText;
    unit: string;
    baseline: number;
    target: number;
    values: [string, number][];
  }[];
  ratings: [string, 1 | 2 | 3 | 4, string][];
  findings: LocalizedText[];
  recommendations: LocalizedText[];
}

const SPECS: Spec[] = [
  {
    id: '00000000-0000-4000-8000-00000000ac01',
    region: 'ES51',
    title: t(
      'Robotics and programming workshops for migrant pupils',
      'Tallers de robòtica i programació per a alumnat migrant',
    ),
    summary: t(
      'After-school workshops for pupils aged 13–15, chosen because MIPEX-R scored the labour-market inclusion of migrant youth low.',
      'Tallers extraescolars per a alumnes de 13 a 15 anys, triats perquè el MIPEX-R puntuava baix la inclusió laboral dels joves migrants.',
    ),
    gap: { value: 'labour_market', indicatorCodes: ['LM-06'] },
    start: '2021-09-01',
    end: '2023-06-30',
    activities: [
      ['Run weekly workshops in 12 schools', 'Tallers setmanals en 12 escoles'],
      ['Train teachers as facilitators', 'Formar docents com a dinamitzadors'],
    ],
    outcome: [
      'Migrant pupils choose technical studies more often',
      "L'alumnat migrant tria més sovint estudis tècnics",
    ],
    kpis: [
      {
        id: 'K1',
        name: t('Pupils completing the workshop cycle', 'Alumnes que completen el cicle de tallers'),
        unit: 'pupils',
        baseline: 0,
        target: 300,
        values: [
          ['2022-06-30', 140],
          ['2023-06-30', 310],
        ],
      },
      {
        id: 'K2',
        name: t(
          'Share of participants choosing technical upper-secondary studies',
          'Percentatge de participants que trien batxillerat tecnològic o FP',
        ),
        unit: '%',
        baseline: 18,
        target: 30,
        values: [
          ['2022-09-15', 22],
          ['2023-09-15', 26],
        ],
      },
    ],
    ratings: [
      ['relevance', 4, 'Responds to the MIPEX-R gap on youth labour-market inclusion.'],
      ['effectiveness', 3, 'Completion above target; study choices improving but below target.'],
      ['sustainability', 2, 'Depends on project funding; two schools continue with their own budget.'],
      ['inclusion', 4, 'Girls made up 46 % of participants.'],
    ],
    findings: [
      t(
        'Workshops reached more pupils than planned.',
        'Els tallers van arribar a més alumnes dels previstos.',
      ),
      t(
        'Effects on study choices are slower than expected.',
        "Els efectes en l'elecció d'estudis són més lents del previst.",
      ),
    ],
    recommendations: [
      t(
        'Fund the workshops from the regular education budget.',
        "Finançar els tallers amb el pressupost ordinari d'educació.",
      ),
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000ac02',
    region: 'PT20',
    title: t("The Migrant's Guide of the Azores", 'La guia del migrant de les Açores'),
    summary: t(
      'A guide on web, app and print (Portuguese, English and more languages in print) to the services newcomers need first.',
      'Una guia al web, en aplicació i en paper (portuguès, anglès i més llengües en paper) sobre els serveis que els nouvinguts necessiten primer.',
    ),
    gap: { value: 'language' },
    start: '2021-03-01',
    end: '2022-12-31',
    activities: [
      ['Write and translate the guide', 'Redactar i traduir la guia'],
      ['Distribute it through municipalities and NGOs', 'Distribuir-la a través de municipis i entitats'],
    ],
    outcome: ['Newcomers find services without help', 'Els nouvinguts troben els serveis sense ajuda'],
    kpis: [
      {
        id: 'K1',
        name: t(
          'Guide downloads and printed copies handed out',
          'Descàrregues i exemplars impresos repartits',
        ),
        unit: 'copies',
        baseline: 0,
        target: 5000,
        values: [
          ['2021-12-31', 2100],
          ['2022-12-31', 4300],
        ],
      },
      {
        id: 'K2',
        name: t(
          'Newcomers who say they found a service through the guide',
          'Nouvinguts que diuen haver trobat un servei gràcies a la guia',
        ),
        unit: '%',
        baseline: 0,
        target: 60,
        values: [
          ['2022-06-30', 41],
          ['2022-12-31', 52],
        ],
      },
    ],
    ratings: [
      ['relevance', 4, 'Information was the first need named in stakeholder sessions.'],
      ['efficiency', 3, 'Low cost per copy; translation costs higher than planned.'],
      ['communication', 4, 'Three channels reached different groups.'],
    ],
    findings: [
      t(
        'Print copies reached people the app did not.',
        "Els exemplars impresos van arribar a persones que l'aplicació no va arribar.",
      ),
    ],
    recommendations: [
      t(
        'Update the guide yearly and add Arabic and Ukrainian.',
        "Actualitzar la guia cada any i afegir-hi l'àrab i l'ucraïnès.",
      ),
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000ac03',
    region: 'ES62',
    title: t('Social Cohesion Commission of Murcia', 'Comissió de Cohesió Social de Múrcia'),
    summary: t(
      'A commission of regional departments, municipalities and NGOs whose proposals fed the regional operational programme.',
      'Una comissió de departaments regionals, municipis i entitats les propostes de la qual van alimentar el programa operatiu regional.',
    ),
    gap: { value: 'social_security', indicatorCodes: ['SS-01', 'SS-02'] },
    start: '2021-01-15',
    end: '2022-12-15',
    activities: [
      ['Hold quarterly commission meetings', 'Reunions trimestrals de la comissió'],
      ['Draft proposals for the operational programme', 'Redactar propostes per al programa operatiu'],
    ],
    outcome: [
      'Integration measures included in the regional operational programme',
      "Mesures d'integració incloses al programa operatiu regional",
    ],
    kpis: [
      {
        id: 'K1',
        name: t(
          'Commission proposals adopted in the operational programme',
          'Propostes de la comissió adoptades al programa operatiu',
        ),
        unit: 'proposals',
        baseline: 0,
        target: 10,
        values: [
          ['2021-12-31', 4],
          ['2022-12-15', 9],
        ],
      },
    ],
    ratings: [
      ['coherence', 4, 'Aligned departments that had worked apart.'],
      ['multi_level_governance', 4, 'Municipalities took part from the start.'],
      ['sustainability', 3, 'The commission was made permanent in 2023.'],
    ],
    findings: [
      t(
        'Shared diagnosis made adoption of proposals easier.',
        "El diagnòstic compartit va facilitar l'adopció de les propostes.",
      ),
    ],
    recommendations: [
      t(
        'Give migrant associations a seat with voting rights.',
        'Donar a les associacions de migrants un seient amb vot.',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000ac04',
    region: 'ITF4',
    title: t(
      'Literacy and school–family communication in Puglia',
      'Alfabetització i comunicació escola-família a la Pulla',
    ),
    summary: t(
      'Literacy courses for parents and mediators in schools, so children no longer have to act as go-betweens.',
      "Cursos d'alfabetització per a famílies i mediadors a les escoles, perquè els infants deixin de fer d'intermediaris.",
    ),
    gap: { value: 'education', indicatorCodes: ['ED-06'] },
    start: '2021-10-01',
    end: '2023-07-31',
    activities: [
      ['Run literacy courses for parents', "Cursos d'alfabetització per a pares i mares"],
      ['Place cultural mediators in schools', 'Mediadors culturals a les escoles'],
    ],
    outcome: [
      'Parents talk with teachers without their children interpreting',
      'Les famílies parlen amb el professorat sense que els fills facin de traductors',
    ],
    kpis: [
      {
        id: 'K1',
        name: t(
          'Parents completing a literacy course',
          "Pares i mares que completen un curs d'alfabetització",
        ),
        unit: 'people',
        baseline: 0,
        target: 200,
        values: [
          ['2022-06-30', 70],
          ['2023-06-30', 120],
        ],
      },
      {
        id: 'K2',
        name: t(
          'Parent–teacher meetings with a child interpreting',
          'Reunions amb el professorat on un infant fa de traductor',
        ),
        unit: '%',
        baseline: 65,
        target: 20,
        values: [
          ['2022-06-30', 50],
          ['2023-06-30', 38],
        ],
      },
    ],
    ratings: [
      ['relevance', 4, 'Addresses a burden on children that schools reported.'],
      ['effectiveness', 2, 'Course completion well below target; evening times clashed with work.'],
      ['inclusion', 3, 'Mothers were reached more than fathers.'],
    ],
    findings: [
      t(
        'Mediators worked well; courses reached fewer parents than planned.',
        'Els mediadors van funcionar bé; els cursos van arribar a menys famílies de les previstes.',
      ),
    ],
    recommendations: [
      t(
        'Offer courses at weekends and with childcare.',
        'Oferir els cursos el cap de setmana i amb servei de canguratge.',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000ac05',
    region: 'ITF3',
    title: t(
      'Monitoring a rural-inclusion project in Campania',
      "Seguiment d'un projecte d'inclusió rural a la Campània",
    ),
    summary: t(
      'REGIN tools used to monitor a project for migrant farm workers: housing, transport and legal advice.',
      "Eines de REGIN utilitzades per fer el seguiment d'un projecte per a treballadors agrícoles migrants: habitatge, transport i assessorament legal.",
    ),
    gap: { value: 'housing' },
    start: '2021-05-01',
    end: '2023-04-30',
    activities: [
      ['Set up KPIs and a data-collection routine', 'Definir indicadors i una rutina de recollida de dades'],
      ['Report quarterly to the steering group', 'Informar trimestralment el grup de seguiment'],
    ],
    outcome: ['Project decisions based on data', 'Decisions del projecte basades en dades'],
    kpis: [
      {
        id: 'K1',
        name: t('Workers housed in decent accommodation', 'Treballadors allotjats en habitatge digne'),
        unit: 'people',
        baseline: 40,
        target: 250,
        values: [
          ['2021-12-31', 90],
          ['2022-06-30', 130],
          ['2022-12-31', 170],
          ['2023-04-30', 190],
        ],
      },
    ],
    ratings: [
      ['monitoring_evaluation', 4, 'Quarterly reports were used in steering decisions.'],
      ['effectiveness', 3, 'Housing target 76 % reached.'],
    ],
    findings: [
      t(
        'Monitoring showed early that transport, not housing, was the bottleneck.',
        "El seguiment va mostrar aviat que el coll d'ampolla era el transport, no l'habitatge.",
      ),
    ],
    recommendations: [
      t(
        'Keep the monitoring routine after the project ends.',
        'Mantenir la rutina de seguiment quan acabi el projecte.',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-8000-00000000ac06',
    region: 'SE224',
    title: t('Health communicators testbed in Skåne', 'Banc de proves de comunicadors de salut a Escània'),
    summary: t(
      'Peer groups led by trained civic and health communicators, plus an advice service, on health equity and social inclusion.',
      "Grups entre iguals dirigits per comunicadors cívics i de salut formats, i un servei d'assessorament, sobre equitat en salut i inclusió social.",
    ),
    gap: { value: 'health', indicatorCodes: ['HE-08'] },
    start: '2021-02-01',
    end: '2022-12-31',
    activities: [
      ['Train civic and health communicators', 'Formar comunicadors cívics i de salut'],
      ["Run peer groups in newcomers' languages", 'Grups entre iguals en les llengües dels nouvinguts'],
      ['Run an advice service', "Servei d'assessorament"],
    ],
    outcome: [
      'Better health knowledge and mental-health literacy',
      'Més coneixements de salut i alfabetització en salut mental',
    ],
    kpis: [
      {
        id: 'K1',
        name: t('Participants in peer groups', 'Participants als grups entre iguals'),
        unit: 'people',
        baseline: 0,
        target: 600,
        values: [
          ['2021-12-31', 260],
          ['2022-12-31', 640],
        ],
      },
      {
        id: 'K2',
        name: t(
          'Participants reporting better health knowledge',
          'Participants que declaren més coneixements de salut',
        ),
        unit: '%',
        baseline: 0,
        target: 70,
        values: [['2022-12-31', 78]],
      },
    ],
    ratings: [
      [
        'effectiveness',
        4,
        'An external university evaluation found gains in health knowledge, mental-health literacy and social contacts.',
      ],
      ['impact', 3, 'Effects on service use not yet measurable.'],
      ['innovation', 4, "Peer communicators in newcomers' languages."],
      [
        'multi_stakeholder_approach',
        4,
        'Region, municipalities, civil society and the university worked together.',
      ],
    ],
    findings: [
      t(
        'Peer groups built trust that information campaigns alone did not.',
        'Els grups entre iguals van generar una confiança que les campanyes informatives soles no aconseguien.',
      ),
    ],
    recommendations: [
      t('Make the communicators part of primary care.', "Integrar els comunicadors a l'atenció primària."),
    ],
  },
];

function contentOf(spec: Spec): IntegrationActionContent {
  const activities = spec.activities.map(([en, ca], index) => ({ id: `A${index + 1}`, text: t(en, ca) }));
  return integrationActionContentSchema.parse({
    regionCode: spec.region,
    title: spec.title,
    summary: spec.summary,
    addressedGaps: [
      {
        axis: 'policy_area',
        value: spec.gap.value,
        ...(spec.gap.indicatorCodes ? { indicatorCodes: spec.gap.indicatorCodes } : {}),
      },
    ],
    objectives: [{ id: 'OB1', text: t(spec.outcome[0], spec.outcome[1]) }],
    logicModel: {
      inputs: [
        {
          id: 'I1',
          text: t(
            'Regional staff time and an AMIF co-funded budget',
            "Temps del personal regional i un pressupost cofinançat per l'AMIF",
          ),
        },
      ],
      activities,
      outputs: activities.map((activity, index) => ({
        id: `O${index + 1}`,
        activityId: activity.id,
        text: t(
          `Delivered: ${spec.activities[index]![0].toLowerCase()}`,
          `Fet: ${spec.activities[index]![1].toLowerCase()}`,
        ),
      })),
      outcomes: [{ id: 'OC1', text: t(spec.outcome[0], spec.outcome[1]) }],
      impact: [
        {
          id: 'IM1',
          text: t(
            'More equal opportunities for newcomers in the region',
            "Més igualtat d'oportunitats per als nouvinguts a la regió",
          ),
        },
      ],
    },
    kpis: spec.kpis.map((kpi) => ({
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.target >= kpi.baseline ? 'higher_is_better' : 'lower_is_better',
      baseline: { value: kpi.baseline, year: Number(spec.start.slice(0, 4)) },
      target: { value: kpi.target, year: Number(spec.end.slice(0, 4)) },
      measurements: kpi.values.map(([date, value]) => ({ date, value })),
      outcomeId: 'OC1',
    })),
    stakeholders: [],
    timeline: { start: spec.start, end: spec.end },
    status: 'completed',
    illustrative: true,
  });
}

export const DEMO_ACTIONS = SPECS.map((spec) => ({ id: spec.id, content: contentOf(spec) }));

/** Inserts the demo evaluator, the six pilot actions and their final evaluations; idempotent. */
export async function seedActions(
  tx: Executor,
): Promise<{ actionsInserted: number; evaluationsInserted: number }> {
  await tx
    .insert(users)
    .values({
      id: DEMO_EVALUATOR.id,
      email: DEMO_EVALUATOR.email,
      name: DEMO_EVALUATOR.name,
      passwordHash: '!disabled',
      roles: ['evaluator'],
      disabled: true,
    })
    .onConflictDoNothing();
  let actionsInserted = 0;
  let evaluationsInserted = 0;
  for (const spec of SPECS) {
    const content = contentOf(spec);
    const inserted = await tx
      .insert(integrationActions)
      .values({
        id: spec.id,
        regionCode: content.regionCode,
        title: content.title,
        summary: content.summary ?? null,
        addressedGaps: content.addressedGaps,
        objectives: content.objectives,
        logicModel: content.logicModel,
        kpis: content.kpis,
        stakeholders: content.stakeholders,
        startDate: content.timeline.start,
        endDate: content.timeline.end,
        status: content.status,
        illustrative: true,
      })
      .onConflictDoNothing()
      .returning({ id: integrationActions.id });
    if (inserted.length === 0) continue;
    actionsInserted += 1;
    await tx
      .insert(actionEvaluators)
      .values({ actionId: spec.id, userId: DEMO_EVALUATOR.id })
      .onConflictDoNothing();
    const existing = await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(eq(evaluations.actionId, spec.id));
    if (existing.length === 0) {
      await tx.insert(evaluations).values({
        actionId: spec.id,
        evaluatorId: DEMO_EVALUATOR.id,
        evaluatorKind: 'external',
        ratings: spec.ratings.map(([criterion, rating, evidence]) => ({
          criterion,
          rating,
          evidence: `Illustrative: ${evidence}`,
        })),
        findings: spec.findings,
        recommendations: spec.recommendations,
        date: spec.end,
        status: 'final',
        illustrative: true,
      });
      evaluationsInserted += 1;
    }
  }
  return { actionsInserted, evaluationsInserted };
}
