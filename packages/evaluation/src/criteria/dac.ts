import { builtInCriterion } from './builder.js';
import { EVALUATION_SCALE } from './scale.js';
import type { CriteriaSet } from './schema.js';
import { SUSTAINABILITY_CRITERION } from './sustainability.js';
import { deepFreeze, enCa } from './text.js';

/**
 * The OECD DAC criteria (2019 revision: relevance, coherence, effectiveness, efficiency, impact,
 * sustainability) with definitions, guiding questions and rubric descriptors written by REGIN Lab for
 * regional migrant-integration actions, in English and Catalan, on the 1–4 evaluation scale.
 */
export const DAC_CRITERIA_SET: CriteriaSet = deepFreeze({
  id: 'dac',
  name: enCa(
    'OECD DAC evaluation criteria, adapted to migrant integration',
    "Criteris d'avaluació del CAD de l'OCDE, adaptats a la integració de les persones migrants",
  ),
  description: enCa(
    'The six criteria of the OECD Development Assistance Committee (2019 revision), with definitions, questions and rubric levels written by REGIN Lab for regional integration actions.',
    "Els sis criteris del Comitè d'Ajuda al Desenvolupament de l'OCDE (revisió del 2019), amb definicions, preguntes i nivells de rúbrica redactats per REGIN Lab per a les accions regionals d'integració.",
  ),
  source:
    'OECD DAC Network on Development Evaluation, "Better Criteria for Better Evaluation" (2019); adapted to migrant integration by REGIN Lab',
  languages: ['en', 'ca'],
  scale: [...EVALUATION_SCALE],
  criteria: [
    builtInCriterion({
      id: 'relevance',
      name: ['Relevance', 'Pertinència'],
      definition: [
        "The extent to which the action's objectives and design respond to the needs of migrants and refugees and of the receiving community, to the gaps the region's indicators show (MIPEX-R policy scores, outcome data) and to regional priorities, and keep doing so when circumstances change.",
        "Fins a quin punt els objectius i el disseny de l'acció responen a les necessitats de les persones migrants i refugiades i de la comunitat d'acollida, a les mancances que mostren els indicadors de la regió (puntuacions de polítiques MIPEX-R, dades de resultats) i a les prioritats regionals, i hi continuen responent quan les circumstàncies canvien.",
      ],
      questions: [
        [
          "Does the action address a gap shown by the region's MIPEX-R results or outcome data?",
          "L'acció aborda una mancança que mostren els resultats MIPEX-R o les dades de resultats de la regió?",
        ],
        [
          'Were migrants, refugees and their organisations involved in identifying needs and designing the action?',
          "Les persones migrants i refugiades i les seves organitzacions van participar en la identificació de necessitats i en el disseny de l'acció?",
        ],
        [
          'Has the design been adapted as circumstances (arrivals, labour market, rules) changed?',
          "S'ha adaptat el disseny a mesura que han canviat les circumstàncies (arribades, mercat de treball, normativa)?",
        ],
      ],
      levels: [
        [
          'The action responds to no documented need or gap, and target groups were not consulted.',
          "L'acció no respon a cap necessitat ni mancança documentada, i no es va consultar els grups destinataris.",
        ],
        [
          "The action responds to a general need, but its link with the region's gaps or with what target groups say is weak or undocumented.",
          "L'acció respon a una necessitat general, però el vincle amb les mancances de la regió o amb el que diuen els grups destinataris és feble o no està documentat.",
        ],
        [
          'The action addresses a documented gap and needs identified with target groups, with minor mismatches.',
          "L'acció aborda una mancança documentada i necessitats identificades amb els grups destinataris, amb desajustos menors.",
        ],
        [
          'The action rests on documented gaps and needs identified with target groups, and has been adjusted as circumstances changed.',
          "L'acció es basa en mancances documentades i en necessitats identificades amb els grups destinataris, i s'ha ajustat a mesura que les circumstàncies canviaven.",
        ],
      ],
    }),
    builtInCriterion({
      id: 'coherence',
      name: ['Coherence', 'Coherència'],
      definition: [
        'The compatibility of the action with other policies and interventions for the same people: within the regional government (employment, education, health, housing, social services) and with national, local, EU-funded and civil-society measures, complementing them rather than duplicating or contradicting them.',
        "La compatibilitat de l'acció amb altres polítiques i intervencions adreçades a les mateixes persones: dins del govern regional (ocupació, educació, salut, habitatge, serveis socials) i amb les mesures estatals, locals, finançades per la UE i de la societat civil, complementant-les en lloc de duplicar-les o contradir-les.",
      ],
      questions: [
        [
          "Does the action fit with the region's other policies (employment, education, health, housing) without contradicting them?",
          "L'acció encaixa amb les altres polítiques de la regió (ocupació, educació, salut, habitatge) sense contradir-les?",
        ],
        [
          'Does it complement, rather than duplicate, national and municipal services and EU-funded projects for the same groups?',
          'Complementa, en lloc de duplicar, els serveis estatals i municipals i els projectes finançats per la UE adreçats als mateixos grups?',
        ],
        [
          'Are referral routes to and from other services in place?',
          "Hi ha circuits de derivació cap a altres serveis i des d'altres serveis?",
        ],
      ],
      levels: [
        [
          'The action duplicates or contradicts other policies or services for the same groups.',
          "L'acció duplica o contradiu altres polítiques o serveis adreçats als mateixos grups.",
        ],
        [
          'Some links with other policies and services exist, but overlaps and gaps are not dealt with.',
          "Hi ha alguns vincles amb altres polítiques i serveis, però no s'aborden els solapaments ni els buits.",
        ],
        [
          'The action complements regional, national and local measures, with few overlaps.',
          "L'acció complementa les mesures regionals, estatals i locals, amb pocs solapaments.",
        ],
        [
          'The action is deliberately aligned with other policies and services, with working referral routes and shared planning.',
          "L'acció està alineada deliberadament amb altres polítiques i serveis, amb circuits de derivació que funcionen i planificació compartida.",
        ],
      ],
    }),
    builtInCriterion({
      id: 'effectiveness',
      name: ['Effectiveness', 'Eficàcia'],
      definition: [
        'The extent to which the action achieved, or is on its way to achieving, its objectives and intended results (outputs and outcomes, measured by its KPIs), including whether results differ between groups (women and men, young people, beneficiaries of international protection, third-country nationals).',
        "Fins a quin punt l'acció ha assolit, o està en camí d'assolir, els seus objectius i resultats previstos (productes i efectes, mesurats pels seus indicadors clau), inclosa la qüestió de si els resultats difereixen entre grups (dones i homes, joves, persones beneficiàries de protecció internacional, nacionals de tercers països).",
      ],
      questions: [
        [
          'Have the outputs been delivered and have the outcome KPIs reached their targets on schedule?',
          "S'han lliurat els productes i els indicadors clau d'efecte han arribat a les seves metes en el termini previst?",
        ],
        [
          'Are results similar across groups (sex, age, origin, legal status), or do some groups benefit less?',
          "Els resultats són similars entre grups (sexe, edat, origen, situació administrativa) o alguns grups se'n beneficien menys?",
        ],
        ['What helped or hindered achievement?', "Què ha afavorit o dificultat l'assoliment?"],
      ],
      levels: [
        [
          'Few or no objectives achieved; KPIs far from their targets.',
          "S'han assolit pocs objectius o cap; els indicadors clau són lluny de les metes.",
        ],
        [
          'Some outputs delivered, but most outcome KPIs are behind schedule.',
          "S'han lliurat alguns productes, però la majoria d'indicadors clau d'efecte van endarrerits.",
        ],
        [
          'Most objectives achieved or on track; the remaining gaps are understood.',
          "La majoria d'objectius s'han assolit o van pel bon camí; s'entenen els buits que queden.",
        ],
        [
          'Objectives achieved or exceeded for all target groups, as the KPIs show.',
          'Objectius assolits o superats per a tots els grups destinataris, tal com mostren els indicadors clau.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'efficiency',
      name: ['Efficiency', 'Eficiència'],
      definition: [
        "The extent to which the action turns its resources (funding, staff, time, partners' contributions) into results economically and in good time, compared with other ways of reaching the same results.",
        "Fins a quin punt l'acció converteix els seus recursos (finançament, personal, temps, aportacions dels socis) en resultats de manera econòmica i a temps, en comparació amb altres maneres d'assolir els mateixos resultats.",
      ],
      questions: [
        [
          'Were activities delivered on time and within budget?',
          'Les activitats es van dur a terme a temps i dins del pressupost?',
        ],
        [
          'Is the cost per participant or per result reasonable compared with similar practices?',
          'El cost per participant o per resultat és raonable en comparació amb pràctiques similars?',
        ],
        [
          "Were resources (staff, premises, interpreters, partners' contributions) used well and reallocated when needed?",
          'Els recursos (personal, espais, intèrprets, aportacions dels socis) es van fer servir bé i es van reassignar quan va caldre?',
        ],
      ],
      levels: [
        [
          'Serious delays or overspending; costs out of proportion to results.',
          'Retards greus o excés de despesa; costos desproporcionats respecte als resultats.',
        ],
        [
          'Delays or costs above plan, only partly justified.',
          'Retards o costos per sobre del previst, justificats només en part.',
        ],
        [
          'Mostly on time and within budget; costs comparable with similar practices.',
          'Majoritàriament a temps i dins del pressupost; costos comparables als de pràctiques similars.',
        ],
        [
          'On time and within budget, with costs per result at or below comparable practices and resources moved to where they did most good.',
          'A temps i dins del pressupost, amb costos per resultat iguals o inferiors als de pràctiques comparables i recursos reassignats allà on eren més útils.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'impact',
      name: ['Impact', 'Impacte'],
      definition: [
        "The extent to which the action has generated, or is expected to generate, significant higher-level effects, positive or negative, intended or not: on migrants' lives (work, education, health, social contacts, participation), on the receiving community, and on regional policies and institutions.",
        "Fins a quin punt l'acció ha generat, o s'espera que generi, efectes significatius de nivell superior, positius o negatius, previstos o no: en la vida de les persones migrants (treball, educació, salut, relacions socials, participació), en la comunitat d'acollida i en les polítiques i institucions regionals.",
      ],
      questions: [
        [
          "What difference has the action made to participants' lives beyond its direct outputs?",
          "Quina diferència ha suposat l'acció en la vida de les persones participants, més enllà dels seus productes directes?",
        ],
        [
          'Has it changed attitudes in the receiving community or the way institutions work?',
          "Ha canviat actituds a la comunitat d'acollida o la manera de treballar de les institucions?",
        ],
        [
          'Were there unintended effects, positive or negative, and for whom?',
          'Hi ha hagut efectes no previstos, positius o negatius, i per a qui?',
        ],
      ],
      levels: [
        [
          'No higher-level effect observed, or negative effects outweigh positive ones.',
          "No s'observa cap efecte de nivell superior, o els efectes negatius superen els positius.",
        ],
        [
          'Some positive effects reported, mostly anecdotal or limited to a few participants.',
          "S'informa d'alguns efectes positius, majoritàriament anecdòtics o limitats a pocs participants.",
        ],
        [
          "Clear positive effects on participants' lives, backed by evidence; unintended effects considered.",
          "Efectes positius clars en la vida de les persones participants, avalats per evidències; s'han tingut en compte els efectes no previstos.",
        ],
        [
          'Significant, evidenced effects on participants and on the wider community or regional policy; unintended effects identified and dealt with.',
          'Efectes significatius i demostrats en les persones participants i en el conjunt de la comunitat o en la política regional; efectes no previstos identificats i gestionats.',
        ],
      ],
    }),
    SUSTAINABILITY_CRITERION,
  ],
});
