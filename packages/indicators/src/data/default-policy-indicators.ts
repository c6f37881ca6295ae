import type {
  GovernanceElement,
  IndicatorInput,
  PolicyArea,
  PolicyCyclePhase,
  TargetGroup,
} from '@regin/domain';
import {
  BUDGET_LINE,
  CONSULTED,
  COORDINATED,
  EVALUATED,
  IN_FORCE,
  MONITORED,
  NO,
  type OptionTriple,
  REGULAR_PROGRAMME,
  SAME_TERMS,
} from './default-answer-options.js';
import { type EnCa, enCa } from './text.js';

/**
 * The policy questions of REGIN Lab's default framework, written by the project in its own words on the
 * MIPEX-R axes. Every question is tagged on all four axes and answered 100 / 50 / 0.
 */

const BOTH: readonly TargetGroup[] = ['tcn', 'bip'];
const TCN: readonly TargetGroup[] = ['tcn'];
const BIP: readonly TargetGroup[] = ['bip'];

interface PolicyQuestion {
  code: string;
  area: PolicyArea;
  element: GovernanceElement;
  phase: PolicyCyclePhase;
  groups: readonly TargetGroup[];
  question: EnCa;
  options: OptionTriple;
  guidance?: EnCa;
}

const SCORES = [
  ['yes', 100],
  ['partial', 50],
  ['no', 0],
] as const;

function policyIndicator(spec: PolicyQuestion): IndicatorInput {
  return {
    code: spec.code,
    kind: 'policy',
    question: enCa(spec.question),
    ...(spec.guidance ? { guidance: enCa(spec.guidance) } : {}),
    options: SCORES.map(([id, score], index) => ({
      id,
      label: enCa(spec.options[index] as EnCa),
      score,
    })),
    tags: {
      policy_area: spec.area,
      governance_element: spec.element,
      policy_cycle: spec.phase,
      target_group: spec.groups.length === 1 ? (spec.groups[0] as TargetGroup) : [...spec.groups],
    },
    weight: 1,
  };
}

const QUESTIONS: PolicyQuestion[] = [
  // Labour market
  {
    code: 'LM-01',
    area: 'labour_market',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the region have a strategy or plan for the labour-market integration of third-country nationals and beneficiaries of international protection?',
      "Disposa la regió d'una estratègia o un pla per a la integració laboral de les persones nacionals de tercers països i de les beneficiàries de protecció internacional?",
    ],
    options: IN_FORCE,
    guidance: [
      'A chapter of a wider employment or integration plan counts if it sets its own objectives and measures for these groups.',
      "Un capítol d'un pla d'ocupació o d'integració més ampli compta si fixa objectius i mesures propis per a aquests grups.",
    ],
  },
  {
    code: 'LM-02',
    area: 'labour_market',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'When labour-market integration measures are drafted, are migrant organisations, employers and trade unions formally consulted?',
      "Quan s'elaboren mesures d'integració laboral, es consulta formalment les organitzacions de persones migrades, les patronals i els sindicats?",
    ],
    options: CONSULTED,
  },
  {
    code: 'LM-03',
    area: 'labour_market',
    element: 'actions',
    phase: 'policy_output',
    groups: TCN,
    question: [
      "Do the region's public employment services offer newcomers individual guidance on the recognition of foreign qualifications and skills?",
      "Ofereixen els serveis públics d'ocupació de la regió orientació individual a les persones nouvingudes per al reconeixement de titulacions i competències obtingudes a l'estranger?",
    ],
    options: [
      ['Yes, a regular service across the region', 'Sí, un servei regular a tot el territori'],
      ['Only in some offices, or as a pilot project', 'Només en algunes oficines, o com a projecte pilot'],
      NO,
    ],
  },
  {
    code: 'LM-04',
    area: 'labour_market',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      "Can asylum seekers and beneficiaries of international protection join the region's active labour-market programmes on the same terms as nationals?",
      "Poden les persones sol·licitants i beneficiàries de protecció internacional participar en els programes regionals de polítiques actives d'ocupació en les mateixes condicions que les nacionals?",
    ],
    options: SAME_TERMS,
    guidance: [
      'Answer for beneficiaries of international protection; note any different rule for asylum seekers in the justification.',
      'Responeu per a les persones beneficiàries de protecció internacional; indiqueu a la justificació si les sol·licitants tenen una norma diferent.',
    ],
  },
  {
    code: 'LM-05',
    area: 'labour_market',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Is there a regional budget line for labour-market integration measures targeting migrants?',
      "Hi ha una partida pressupostària regional per a mesures d'integració laboral adreçades a persones migrades?",
    ],
    options: BUDGET_LINE,
    guidance: [
      'A line in the regional budget counts even when it is co-financed by EU funds (ESF+, AMIF); calls that depend on a single EU project count as project funding.',
      "Compta una partida del pressupost regional encara que estigui cofinançada amb fons europeus (FSE+, FAMI); les convocatòries que depenen d'un sol projecte europeu compten com a finançament per projectes.",
    ],
  },
  {
    code: 'LM-06',
    area: 'labour_market',
    element: 'actions',
    phase: 'implementation',
    groups: TCN,
    question: [
      'Does the region run programmes that bring young migrants (aged 16–29) into training, apprenticeships or first jobs?',
      "Desenvolupa la regió programes que portin joves migrats (de 16 a 29 anys) a la formació, l'aprenentatge professional o la primera feina?",
    ],
    options: [
      [
        'Yes, a regular programme with places for young migrants',
        'Sí, un programa estable amb places per a joves migrats',
      ],
      ['Isolated or small-scale projects', 'Projectes aïllats o de petita escala'],
      NO,
    ],
  },
  {
    code: 'LM-07',
    area: 'labour_market',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region monitor the employment outcomes of participants in its labour-market integration measures, broken down by nationality or country of birth?',
      "Fa la regió el seguiment dels resultats laborals de les persones participants en les seves mesures d'integració laboral, desglossats per nacionalitat o país de naixement?",
    ],
    options: MONITORED,
  },
  {
    code: 'LM-08',
    area: 'labour_market',
    element: 'actors_relations',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      "Have the region's labour-market integration measures been evaluated by an independent body in the last five years?",
      "S'han avaluat les mesures d'integració laboral de la regió per part d'un organisme independent en els darrers cinc anys?",
    ],
    options: EVALUATED,
  },

  // Education
  {
    code: 'ED-01',
    area: 'education',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the regional education plan set specific objectives for pupils with a migrant background?',
      "Fixa el pla educatiu regional objectius específics per a l'alumnat d'origen migrant?",
    ],
    options: IN_FORCE,
  },
  {
    code: 'ED-02',
    area: 'education',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Are migrant families and their associations represented in the bodies that advise on regional education policy?',
      'Estan representades les famílies migrades i les seves associacions en els òrgans consultius de la política educativa regional?',
    ],
    options: [
      ['Yes, with a standing seat', 'Sí, amb un lloc permanent'],
      ['Consulted occasionally', 'Se les consulta ocasionalment'],
      NO,
    ],
  },
  {
    code: 'ED-03',
    area: 'education',
    element: 'actions',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      'Are newly arrived pupils entitled to reception classes or intensive support in the language of instruction?',
      "Té dret l'alumnat nouvingut a aules d'acollida o a suport intensiu en la llengua vehicular?",
    ],
    options: [
      ['Yes, an entitlement for every newly arrived pupil', "Sí, és un dret per a tot l'alumnat nouvingut"],
      [
        'Only in some schools, or up to a limit of places',
        'Només en alguns centres, o fins a un límit de places',
      ],
      NO,
    ],
  },
  {
    code: 'ED-04',
    area: 'education',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      'Does a regional rule require children who seek or have international protection to be enrolled in school within three months of arrival?',
      "Hi ha una norma regional que obligui a escolaritzar els infants sol·licitants o beneficiaris de protecció internacional en un termini de tres mesos des de l'arribada?",
    ],
    options: [
      ['Yes, and it is applied in practice', "Sí, i s'aplica a la pràctica"],
      [
        'A rule with frequent delays, or only a recommendation',
        'Una norma amb retards freqüents, o només una recomanació',
      ],
      NO,
    ],
  },
  {
    code: 'ED-05',
    area: 'education',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the region fund extra teachers or support staff for schools with many pupils of migrant background?',
      "Finança la regió personal docent o de suport addicional per als centres amb molt alumnat d'origen migrant?",
    ],
    options: [
      [
        'Yes, allocated by a needs-based formula',
        'Sí, assignat segons una fórmula basada en les necessitats',
      ],
      ['Case by case, or project funding', 'Cas per cas, o amb finançament per projectes'],
      NO,
    ],
  },
  {
    code: 'ED-06',
    area: 'education',
    element: 'actors_relations',
    phase: 'implementation',
    groups: TCN,
    question: [
      'Can schools call on intercultural mediators or interpreters to talk with migrant families?',
      'Poden els centres educatius comptar amb mediadors interculturals o intèrprets per parlar amb les famílies migrades?',
    ],
    options: [
      ['Yes, every school can request them', 'Sí, tots els centres els poden sol·licitar'],
      ['Only in some schools or districts', 'Només en alguns centres o zones'],
      ['No, children often act as interpreters', "No, sovint els infants fan d'intèrprets"],
    ],
  },
  {
    code: 'ED-07',
    area: 'education',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region publish school results (attainment, early school leaving) broken down by migrant background?',
      'Publica la regió els resultats escolars (rendiment, abandonament prematur) desglossats per origen migrant?',
    ],
    options: MONITORED,
  },
  {
    code: 'ED-08',
    area: 'education',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Has the region evaluated how it welcomes newly arrived pupils and supports them in the language of instruction?',
      "Ha avaluat la regió com acull l'alumnat nouvingut i com li dona suport en la llengua vehicular?",
    ],
    options: EVALUATED,
  },

  // Health
  {
    code: 'HE-01',
    area: 'health',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the regional health plan address the health needs of migrants and refugees?',
      'Aborda el pla de salut regional les necessitats de salut de les persones migrades i refugiades?',
    ],
    options: IN_FORCE,
  },
  {
    code: 'HE-02',
    area: 'health',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Are migrant organisations and community health workers involved in planning health services for migrants?',
      'Participen les organitzacions de persones migrades i els agents comunitaris de salut en la planificació dels serveis de salut per a persones migrades?',
    ],
    options: CONSULTED,
  },
  {
    code: 'HE-03',
    area: 'health',
    element: 'actions',
    phase: 'policy_output',
    groups: TCN,
    question: [
      'Are third-country nationals without a residence permit entitled to more than emergency care in the regional health system?',
      "Tenen dret les persones nacionals de tercers països sense permís de residència a més atenció que la d'urgències en el sistema de salut regional?",
    ],
    options: [
      ['Yes, to primary and specialist care', "Sí, a l'atenció primària i a l'especialitzada"],
      [
        'Only to some services (for example children or pregnancy)',
        'Només a alguns serveis (per exemple infants o embaràs)',
      ],
      ['Emergency care only', "Només a l'atenció d'urgències"],
    ],
  },
  {
    code: 'HE-04',
    area: 'health',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      'Are asylum seekers and beneficiaries of international protection offered a health assessment, mental health included, soon after arrival?',
      "S'ofereix a les persones sol·licitants i beneficiàries de protecció internacional una valoració de salut, inclosa la salut mental, poc després d'arribar?",
    ],
    options: [
      ['Yes, to everyone, mental health included', 'Sí, a tothom, i inclou la salut mental'],
      ['Physical health only, or not everywhere', 'Només salut física, o no a tot el territori'],
      NO,
    ],
  },
  {
    code: 'HE-05',
    area: 'health',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the regional health service provide free professional interpreting for patients who do not speak the local language?',
      'Ofereix el servei de salut regional interpretació professional gratuïta als pacients que no parlen la llengua local?',
    ],
    options: [
      ['Yes, free of charge in all services', 'Sí, gratuïta a tots els serveis'],
      ['In some services, or by volunteers', 'En alguns serveis, o amb voluntariat'],
      NO,
    ],
  },
  {
    code: 'HE-06',
    area: 'health',
    element: 'actors_relations',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Is health information delivered together with migrant communities, for example by trained community or health communicators?',
      'Es fa arribar la informació de salut conjuntament amb les comunitats migrades, per exemple amb agents comunitaris o comunicadors de salut formats?',
    ],
    options: REGULAR_PROGRAMME,
  },
  {
    code: 'HE-07',
    area: 'health',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region collect health data that show inequalities between migrants and the rest of the population?',
      'Recull la regió dades de salut que mostrin les desigualtats entre les persones migrades i la resta de la població?',
    ],
    options: MONITORED,
  },
  {
    code: 'HE-08',
    area: 'health',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Has a regional health programme for migrants been evaluated, and were the results used to adjust it?',
      "S'ha avaluat algun programa regional de salut per a persones migrades, i se n'han fet servir els resultats per ajustar-lo?",
    ],
    options: [
      ['Yes, evaluated and adjusted', 'Sí, avaluat i ajustat'],
      ['Evaluated, but without follow-up', 'Avaluat, però sense seguiment'],
      NO,
    ],
  },

  // Housing
  {
    code: 'HO-01',
    area: 'housing',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      "Does the regional housing plan address migrants' and refugees' access to housing?",
      "Aborda el pla d'habitatge regional l'accés a l'habitatge de les persones migrades i refugiades?",
    ],
    options: IN_FORCE,
  },
  {
    code: 'HO-02',
    area: 'housing',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the region coordinate with municipalities and NGOs on housing for newcomers, for example in a joint working group?',
      "Es coordina la regió amb els municipis i les ONG en matèria d'habitatge per a persones nouvingudes, per exemple en un grup de treball conjunt?",
    ],
    options: COORDINATED,
  },
  {
    code: 'HO-03',
    area: 'housing',
    element: 'actions',
    phase: 'policy_output',
    groups: TCN,
    question: [
      'Can third-country nationals with a residence permit apply for regional social housing on the same terms as nationals?',
      'Poden les persones nacionals de tercers països amb permís de residència sol·licitar habitatge social regional en les mateixes condicions que les nacionals?',
    ],
    options: [
      SAME_TERMS[0],
      [
        'With a longer residence requirement or extra conditions',
        'Amb un requisit de residència més llarg o condicions addicionals',
      ],
      NO,
    ],
  },
  {
    code: 'HO-04',
    area: 'housing',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      'Does the region offer transitional housing to beneficiaries of international protection who leave reception centres?',
      "Ofereix la regió habitatge de transició a les persones beneficiàries de protecció internacional que surten dels centres d'acollida?",
    ],
    options: [
      ['Yes, with enough places for those in need', 'Sí, amb places suficients per a qui les necessita'],
      ['Too few places, or only in some areas', 'Poques places, o només en algunes zones'],
      NO,
    ],
  },
  {
    code: 'HO-05',
    area: 'housing',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Is there regional funding for housing support open to migrants, such as rent guarantees or mediation with landlords?',
      "Hi ha finançament regional per al suport a l'habitatge obert a les persones migrades, com ara garanties de lloguer o mediació amb propietaris?",
    ],
    options: BUDGET_LINE,
  },
  {
    code: 'HO-06',
    area: 'housing',
    element: 'actions',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the region act against discrimination in the rental market, for example by testing or sanctioning landlords and agencies?',
      'Actua la regió contra la discriminació en el mercat de lloguer, per exemple amb proves de situació o sancions a propietaris i agències?',
    ],
    options: [
      ['Yes, regular testing and sanctions', 'Sí, proves periòdiques i sancions'],
      ['Awareness campaigns only', 'Només campanyes de sensibilització'],
      NO,
    ],
  },
  {
    code: 'HO-07',
    area: 'housing',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region collect data on the housing conditions of migrants, such as overcrowding and homelessness?',
      "Recull la regió dades sobre les condicions d'habitatge de les persones migrades, com ara l'amuntegament i el sensellarisme?",
    ],
    options: MONITORED,
  },
  {
    code: 'HO-08',
    area: 'housing',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region evaluate its housing support for migrants?',
      "Avalua la regió el seu suport a l'habitatge per a persones migrades?",
    ],
    options: EVALUATED,
  },

  // Language
  {
    code: 'LA-01',
    area: 'language',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      "Does the region have a plan for adult migrants' learning of the region's official language or languages?",
      "Disposa la regió d'un pla per a l'aprenentatge de la llengua o llengües oficials de la regió per part de les persones adultes migrades?",
    ],
    options: IN_FORCE,
  },
  {
    code: 'LA-02',
    area: 'language',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Are the providers of language courses (adult schools, NGOs, municipalities) coordinated in a regional network?',
      "Estan coordinats en una xarxa regional els proveïdors de cursos de llengua (escoles d'adults, ONG, municipis)?",
    ],
    options: COORDINATED,
  },
  {
    code: 'LA-03',
    area: 'language',
    element: 'actions',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      'Can adult newcomers take free language courses from beginner level up to at least level B1?',
      'Poden les persones adultes nouvingudes seguir cursos de llengua gratuïts des del nivell inicial fins com a mínim el nivell B1?',
    ],
    options: [
      ['Yes, free up to B1 or beyond', 'Sí, gratuïts fins al B1 o més enllà'],
      ['Free only at beginner levels, or with fees', 'Gratuïts només als nivells inicials, o amb matrícula'],
      NO,
    ],
    guidance: [
      'Levels refer to the Common European Framework of Reference for Languages (CEFR).',
      'Els nivells es refereixen al Marc europeu comú de referència per a les llengües (MECR).',
    ],
  },
  {
    code: 'LA-04',
    area: 'language',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      'Can asylum seekers attend language courses while their application is being examined?',
      "Poden les persones sol·licitants d'asil assistir a cursos de llengua mentre es tramita la seva sol·licitud?",
    ],
    options: [
      ['Yes, from arrival', "Sí, des de l'arribada"],
      [
        'Only after a waiting period, or if places are left',
        "Només després d'un període d'espera, o si queden places",
      ],
      NO,
    ],
  },
  {
    code: 'LA-05',
    area: 'language',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Is there a regional budget line for language courses for adult migrants?',
      'Hi ha una partida pressupostària regional per a cursos de llengua per a persones adultes migrades?',
    ],
    options: BUDGET_LINE,
  },
  {
    code: 'LA-06',
    area: 'language',
    element: 'actions',
    phase: 'implementation',
    groups: BOTH,
    question: [
      "Are language courses adapted to learners' lives: childcare, evening classes, literacy courses, language for work?",
      "S'adapten els cursos de llengua a la vida de l'alumnat: servei d'acollida d'infants, classes al vespre, cursos d'alfabetització, llengua per a la feina?",
    ],
    options: [
      ['Yes, several adapted formats across the region', 'Sí, diversos formats adaptats a tot el territori'],
      ['One format, or only in some places', 'Un sol format, o només en alguns llocs'],
      NO,
    ],
  },
  {
    code: 'LA-07',
    area: 'language',
    element: 'actions',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the region give newcomers welcome information (a guide, website or app) in the languages they speak?',
      "Ofereix la regió informació d'acollida (una guia, un web o una aplicació) a les persones nouvingudes en les llengües que parlen?",
    ],
    options: [
      [
        'Yes, kept up to date in several languages and formats',
        'Sí, actualitzada i en diverses llengües i formats',
      ],
      ['In one or two languages, or not kept up to date', 'En una o dues llengües, o sense actualitzar'],
      NO,
    ],
  },
  {
    code: 'LA-08',
    area: 'language',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      "Does the region follow learners' progress and evaluate its offer of language courses?",
      "Fa la regió el seguiment del progrés de l'alumnat i avalua la seva oferta de cursos de llengua?",
    ],
    options: EVALUATED,
  },
  {
    code: 'LA-09',
    area: 'language',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region publish each year how many migrants enrol in language courses and obtain a certificate?',
      "Publica la regió cada any quantes persones migrades s'inscriuen als cursos de llengua i n'obtenen el certificat?",
    ],
    options: MONITORED,
  },

  // Culture and religion
  {
    code: 'CR-01',
    area: 'culture_religion',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the region have a plan or programme for intercultural coexistence and cultural diversity?',
      "Disposa la regió d'un pla o programa de convivència intercultural i diversitat cultural?",
    ],
    options: IN_FORCE,
  },
  {
    code: 'CR-02',
    area: 'culture_religion',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Is there a regional advisory council in which migrant and religious organisations take part in policy-making?',
      "Hi ha un consell consultiu regional on les organitzacions de persones migrades i les entitats religioses participen en l'elaboració de polítiques?",
    ],
    options: [
      [
        'Yes, a standing council with a formal advisory role',
        'Sí, un consell estable amb funció consultiva formal',
      ],
      ['Informal or occasional meetings', 'Trobades informals o ocasionals'],
      NO,
    ],
  },
  {
    code: 'CR-03',
    area: 'culture_religion',
    element: 'actions',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      'Does regional regulation guide municipalities on places of worship and on burial according to different faiths?',
      'Orienta la normativa regional els municipis sobre els llocs de culte i els enterraments segons les diferents confessions?',
    ],
    options: [
      ['Yes, regulation or binding guidance', 'Sí, normativa o directrius vinculants'],
      ['Non-binding recommendations only', 'Només recomanacions no vinculants'],
      NO,
    ],
  },
  {
    code: 'CR-04',
    area: 'culture_religion',
    element: 'resources',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      "Does the region fund migrant associations' cultural activities through open calls?",
      'Finança la regió les activitats culturals de les associacions de persones migrades mitjançant convocatòries obertes?',
    ],
    options: [
      [
        'Yes, a recurring call open to migrant associations',
        'Sí, una convocatòria periòdica oberta a aquestes associacions',
      ],
      ['Occasional grants', 'Subvencions ocasionals'],
      NO,
    ],
  },
  {
    code: 'CR-05',
    area: 'culture_religion',
    element: 'actors_relations',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Do regional cultural institutions (libraries, museums, public media) run programmes with and for migrant communities?',
      'Desenvolupen les institucions culturals regionals (biblioteques, museus, mitjans públics) programes amb les comunitats migrades i per a elles?',
    ],
    options: [
      ['Yes, regular programmes', 'Sí, programes regulars'],
      ['Occasional activities', 'Activitats ocasionals'],
      NO,
    ],
  },
  {
    code: 'CR-06',
    area: 'culture_religion',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the region train its staff in intercultural competence?',
      'Forma la regió el seu personal en competència intercultural?',
    ],
    options: [
      [
        'Yes, a regular training plan for front-line staff',
        "Sí, un pla de formació regular per al personal d'atenció directa",
      ],
      ['Occasional courses', 'Cursos ocasionals'],
      NO,
    ],
  },
  {
    code: 'CR-07',
    area: 'culture_religion',
    element: 'actions',
    phase: 'implementation',
    groups: BIP,
    question: [
      'Do reception programmes for refugees include activities that connect them with local residents, such as mentoring or buddy schemes?',
      "Inclouen els programes d'acollida de persones refugiades activitats que les connectin amb la població local, com ara mentories o parelles lingüístiques?",
    ],
    options: REGULAR_PROGRAMME,
  },
  {
    code: 'CR-08',
    area: 'culture_religion',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region measure public attitudes towards diversity or the quality of intercultural coexistence?',
      'Mesura la regió les actituds de la població envers la diversitat o la qualitat de la convivència intercultural?',
    ],
    options: [
      [
        'Yes, a recurring survey with published results',
        'Sí, una enquesta periòdica amb resultats publicats',
      ],
      ['A one-off study', 'Un estudi puntual'],
      NO,
    ],
  },
  {
    code: 'CR-09',
    area: 'culture_religion',
    element: 'actors_relations',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      "Has the region's intercultural programme been evaluated with the participation of migrant organisations?",
      "S'ha avaluat el programa intercultural de la regió amb la participació de les organitzacions de persones migrades?",
    ],
    options: [
      ['Yes, they took part in the evaluation', "Sí, van participar en l'avaluació"],
      ['Evaluated without their participation', 'Avaluat sense la seva participació'],
      NO,
    ],
  },

  // Social security and assistance
  {
    code: 'SS-01',
    area: 'social_security',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      "Does the region's social services plan address the needs of migrants and refugees?",
      'Aborda el pla de serveis socials de la regió les necessitats de les persones migrades i refugiades?',
    ],
    options: IN_FORCE,
  },
  {
    code: 'SS-02',
    area: 'social_security',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Do regional social services coordinate with the national authorities responsible for asylum reception and residence permits?',
      "Es coordinen els serveis socials regionals amb les autoritats estatals responsables de l'acollida de persones sol·licitants d'asil i dels permisos de residència?",
    ],
    options: COORDINATED,
  },
  {
    code: 'SS-03',
    area: 'social_security',
    element: 'actions',
    phase: 'policy_output',
    groups: BIP,
    question: [
      'Are beneficiaries of international protection entitled to regional social assistance (minimum income) on the same terms as nationals?',
      "Tenen dret les persones beneficiàries de protecció internacional a l'assistència social regional (renda mínima) en les mateixes condicions que les nacionals?",
    ],
    options: SAME_TERMS,
  },
  {
    code: 'SS-04',
    area: 'social_security',
    element: 'actions',
    phase: 'policy_output',
    groups: TCN,
    question: [
      'Can third-country nationals claim the regional minimum income without a longer residence requirement than nationals?',
      'Poden les persones nacionals de tercers països sol·licitar la renda mínima regional sense un requisit de residència més llarg que el de les nacionals?',
    ],
    options: [
      ['Yes, the same requirement as nationals', 'Sí, el mateix requisit que les nacionals'],
      ['A longer requirement or extra conditions', 'Un requisit més llarg o condicions addicionals'],
      ['They are not eligible', 'No hi tenen dret'],
    ],
  },
  {
    code: 'SS-05',
    area: 'social_security',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      "Does the region fund social workers or one-stop shops specialised in migrants' access to services?",
      "Finança la regió treballadors socials o finestretes úniques especialitzades en l'accés de les persones migrades als serveis?",
    ],
    options: [
      ['Yes, with stable funding across the region', 'Sí, amb finançament estable a tot el territori'],
      ['Project funding, or only in some areas', 'Finançament per projectes, o només en algunes zones'],
      NO,
    ],
  },
  {
    code: 'SS-06',
    area: 'social_security',
    element: 'actions',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Do social services actively inform migrants of their social rights in several languages?',
      'Informen activament els serveis socials les persones migrades sobre els seus drets socials en diverses llengües?',
    ],
    options: [
      ['Yes, in several languages and channels', 'Sí, en diverses llengües i per diversos canals'],
      [
        'Only in the official language(s), or only on request',
        'Només en la llengua o llengües oficials, o només a petició',
      ],
      NO,
    ],
  },
  {
    code: 'SS-07',
    area: 'social_security',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Do regional social assistance statistics show take-up by nationality or country of birth?',
      "Mostren les estadístiques regionals d'assistència social l'ús de les prestacions per nacionalitat o país de naixement?",
    ],
    options: MONITORED,
  },
  {
    code: 'SS-08',
    area: 'social_security',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Has the region evaluated whether its social benefits reach the migrants entitled to them (take-up, barriers)?',
      'Ha avaluat la regió si les seves prestacions socials arriben a les persones migrades que hi tenen dret (ús, barreres)?',
    ],
    options: EVALUATED,
  },

  // Anti-discrimination
  {
    code: 'AD-01',
    area: 'anti_discrimination',
    element: 'actions',
    phase: 'formulation',
    groups: BOTH,
    question: [
      'Does the region have its own law or strategy against discrimination on grounds of ethnic origin, nationality or religion?',
      "Disposa la regió d'una llei o estratègia pròpia contra la discriminació per origen ètnic, nacionalitat o religió?",
    ],
    options: IN_FORCE,
  },
  {
    code: 'AD-02',
    area: 'anti_discrimination',
    element: 'actors_relations',
    phase: 'formulation',
    groups: BOTH,
    question: [
      "Were organisations representing migrants and victims of discrimination involved in drafting the region's anti-discrimination measures?",
      "Van participar les organitzacions que representen persones migrades i víctimes de discriminació en l'elaboració de les mesures regionals contra la discriminació?",
    ],
    options: CONSULTED,
  },
  {
    code: 'AD-03',
    area: 'anti_discrimination',
    element: 'actors_relations',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      'Is there a regional equality body or office that receives discrimination complaints and supports victims?',
      "Hi ha un organisme o oficina regional d'igualtat que rebi denúncies de discriminació i doni suport a les víctimes?",
    ],
    options: [
      ['Yes, with power to investigate or sanction', "Sí, amb potestat d'investigar o sancionar"],
      ['Advice and referral only', 'Només assessorament i derivació'],
      NO,
    ],
  },
  {
    code: 'AD-04',
    area: 'anti_discrimination',
    element: 'actions',
    phase: 'policy_output',
    groups: BOTH,
    question: [
      'Do regional public contracts and grants require contractors and grantees to respect equal treatment?',
      'Exigeixen els contractes i les subvencions públics regionals que les empreses i entitats beneficiàries respectin la igualtat de tracte?',
    ],
    options: [
      ['Yes, binding clauses that are checked', 'Sí, clàusules vinculants que es controlen'],
      ['Clauses without checks', 'Clàusules sense control'],
      NO,
    ],
  },
  {
    code: 'AD-05',
    area: 'anti_discrimination',
    element: 'resources',
    phase: 'implementation',
    groups: BOTH,
    question: [
      "Does the region's equality body or anti-discrimination service have a budget and staff of its own?",
      "Disposa l'organisme d'igualtat o el servei contra la discriminació de la regió de pressupost i personal propis?",
    ],
    options: [
      ['Yes, a budget and staff of its own', 'Sí, pressupost i personal propis'],
      ['Shared staff or an insufficient budget', 'Personal compartit o pressupost insuficient'],
      NO,
    ],
  },
  {
    code: 'AD-06',
    area: 'anti_discrimination',
    element: 'actions',
    phase: 'implementation',
    groups: BOTH,
    question: [
      'Does the region run awareness campaigns against racism and xenophobia, online hate speech included?',
      "Fa la regió campanyes de sensibilització contra el racisme i la xenofòbia, inclòs el discurs d'odi en línia?",
    ],
    options: [
      ['Yes, regular campaigns', 'Sí, campanyes regulars'],
      ['Occasional campaigns', 'Campanyes ocasionals'],
      NO,
    ],
  },
  {
    code: 'AD-07',
    area: 'anti_discrimination',
    element: 'resources',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Does the region record and publish data on discrimination complaints and hate incidents?',
      "Registra i publica la regió dades sobre denúncies de discriminació i incidents d'odi?",
    ],
    options: MONITORED,
  },
  {
    code: 'AD-08',
    area: 'anti_discrimination',
    element: 'actions',
    phase: 'evaluation',
    groups: BOTH,
    question: [
      'Has the region studied the discrimination that migrants and refugees face, for example through a survey or situation testing?',
      'Ha estudiat la regió la discriminació que pateixen les persones migrades i refugiades, per exemple amb una enquesta o proves de situació?',
    ],
    options: [
      ['Yes, a study in the last five years', 'Sí, un estudi en els darrers cinc anys'],
      ['Older or partial studies only', 'Només estudis més antics o parcials'],
      NO,
    ],
  },
];

export const DEFAULT_POLICY_INDICATORS: IndicatorInput[] = QUESTIONS.map(policyIndicator);
