import { builtInCriterion } from './builder.js';
import { EVALUATION_SCALE } from './scale.js';
import type { CriteriaSet } from './schema.js';
import { SUSTAINABILITY_CRITERION } from './sustainability.js';
import { deepFreeze, enCa } from './text.js';

/**
 * REGIN's seven aspects (communication, inclusion, innovation, multi-level governance, multi-stakeholder
 * approach, monitoring and evaluation, sustainability) with definitions, guiding questions and rubric
 * descriptors written by REGIN Lab, in English and Catalan, on the 1–4 evaluation scale. Sustainability is
 * the same criterion as in {@link DAC_CRITERIA_SET}.
 */
export const REGIN_ASPECTS_SET: CriteriaSet = deepFreeze({
  id: 'regin',
  name: enCa("REGIN's seven aspects", 'Els set aspectes de REGIN'),
  description: enCa(
    'The seven aspects the REGIN project used to evaluate regional integration actions and to filter practices in the Integration Lab, with definitions, questions and rubric levels written by REGIN Lab.',
    "Els set aspectes que el projecte REGIN va fer servir per avaluar les accions regionals d'integració i per filtrar les pràctiques de l'Integration Lab, amb definicions, preguntes i nivells de rúbrica redactats per REGIN Lab.",
  ),
  source: 'REGIN project (AMIF, 2020–2022) evaluation framework; wording by REGIN Lab',
  languages: ['en', 'ca'],
  scale: [...EVALUATION_SCALE],
  criteria: [
    builtInCriterion({
      id: 'communication',
      name: ['Communication', 'Comunicació'],
      definition: [
        "How the action informs and engages the people it serves and the public: accessible information in the languages and formats target groups use (as the Azores Migrant's Guide in print, on the web and in an app), intercultural mediation, and communication of results to the receiving community and stakeholders.",
        "Com l'acció informa i implica les persones a qui s'adreça i el públic: informació accessible en les llengües i els formats que fan servir els grups destinataris (com la Guia del Migrant de les Açores, en paper, al web i en una aplicació), mediació intercultural i comunicació dels resultats a la comunitat d'acollida i als agents implicats.",
      ],
      questions: [
        [
          'Is information available in the languages and formats target groups use (print, web, app, in person)?',
          'La informació està disponible en les llengües i els formats que fan servir els grups destinataris (paper, web, aplicació, presencial)?',
        ],
        [
          'Does the communication reach those hardest to reach, such as newcomers and people with low literacy?',
          "La comunicació arriba a les persones més difícils d'abastar, com les nouvingudes i les que tenen un nivell baix d'alfabetització?",
        ],
        [
          'Are the action and its results communicated to the receiving community and stakeholders?',
          "Es comuniquen l'acció i els seus resultats a la comunitat d'acollida i als agents implicats?",
        ],
      ],
      levels: [
        [
          'Information only in the official language(s), through channels target groups rarely use.',
          'Informació només en la llengua o les llengües oficials, per canals que els grups destinataris gairebé no fan servir.',
        ],
        [
          'Some translated or adapted material, but its reach among target groups is limited or unknown.',
          'Hi ha material traduït o adaptat, però el seu abast entre els grups destinataris és limitat o desconegut.',
        ],
        [
          'Multilingual, accessible information through several channels, with its reach measured.',
          "Informació multilingüe i accessible per diversos canals, amb l'abast mesurat.",
        ],
        [
          'Communication designed with target groups, in their languages and channels, reaching most of them, and results shared with the public.',
          'Comunicació dissenyada amb els grups destinataris, en les seves llengües i canals, que arriba a la majoria, i resultats compartits amb el públic.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'inclusion',
      name: ['Inclusion', 'Inclusió'],
      definition: [
        'The extent to which the action reaches and serves everyone who needs it without discrimination, removes barriers of gender, age, disability, legal status and language, and involves migrants and refugees as participants in decisions, not only as recipients of services.',
        "Fins a quin punt l'acció arriba a totes les persones que la necessiten i les atén sense discriminació, elimina barreres de gènere, edat, discapacitat, situació administrativa i llengua, i implica les persones migrants i refugiades com a participants en les decisions, no només com a receptores de serveis.",
      ],
      questions: [
        [
          'Who is reached and who is left out (by sex, age, legal status, disability)?',
          "A qui s'arriba i qui en queda fora (per sexe, edat, situació administrativa, discapacitat)?",
        ],
        [
          'Were barriers to access (cost, language, childcare, transport, documents) removed?',
          "S'han eliminat les barreres d'accés (cost, llengua, cura d'infants, transport, documentació)?",
        ],
        [
          'Do migrants take part in decisions, and not only receive services?',
          'Les persones migrants participen en les decisions, i no només reben serveis?',
        ],
      ],
      levels: [
        [
          'Access barriers exclude parts of the target group; diversity is not considered.',
          "Les barreres d'accés exclouen part del grup destinatari; no es té en compte la diversitat.",
        ],
        [
          'Some barriers addressed; participation of groups at risk is not monitored.',
          "S'han abordat algunes barreres; no es fa seguiment de la participació dels grups en risc.",
        ],
        [
          'Main barriers addressed; participation monitored by group, with migrants consulted.',
          "S'han abordat les barreres principals; es fa seguiment de la participació per grups i es consulta les persones migrants.",
        ],
        [
          'Equal access for all groups, shown by disaggregated data, with migrants involved in decisions.',
          'Accés igualitari per a tots els grups, demostrat amb dades desagregades, i persones migrants implicades en les decisions.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'innovation',
      name: ['Innovation', 'Innovació'],
      definition: [
        "The new approaches, tools or methods the action brings to the region or to its kind of service (such as Catalonia's robotics workshops for migrant pupils or Skåne's trained health communicators), tested and learned from, and whether other regions could take them up.",
        "Els enfocaments, les eines o els mètodes nous que l'acció aporta a la regió o al seu tipus de servei (com els tallers de robòtica de Catalunya per a alumnes migrants o els comunicadors de salut formats d'Escània), provats i avaluats, i si altres regions els podrien adoptar.",
      ],
      questions: [
        [
          'What is new in this action for the region or for this kind of service?',
          'Què aporta de nou aquesta acció a la regió o a aquest tipus de servei?',
        ],
        [
          'Was the new approach tested, and were lessons drawn from what did not work?',
          "Es va provar el nou enfocament i se'n van extreure lliçons del que no va funcionar?",
        ],
        [
          'Could other regions adopt it, and what would they need?',
          'El podrien adoptar altres regions, i què els caldria?',
        ],
      ],
      levels: [
        [
          'The action repeats existing approaches with no new element.',
          "L'acció repeteix enfocaments existents sense cap element nou.",
        ],
        [
          'Some new elements, neither tested nor documented.',
          'Alguns elements nous, sense provar ni documentar.',
        ],
        [
          'A new approach tested and documented, with lessons drawn.',
          'Un enfocament nou provat i documentat, amb lliçons extretes.',
        ],
        [
          'A new approach tested, documented and ready to transfer, with the conditions for transfer described.',
          'Un enfocament nou provat, documentat i a punt per transferir, amb les condicions de transferència descrites.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'multi_level_governance',
      name: ['Multi-level governance', 'Governança multinivell'],
      definition: [
        "How the action coordinates the levels of government that share responsibility for integration (EU, national, regional, local): clear roles that respect each level's competences, regular coordination, and shared planning, data or funding.",
        "Com l'acció coordina els nivells de govern que comparteixen la responsabilitat de la integració (UE, estatal, regional, local): rols clars que respecten les competències de cada nivell, coordinació periòdica i planificació, dades o finançament compartits.",
      ],
      questions: [
        [
          'Are the roles of the regional, local, national and EU levels clear and agreed?',
          'Els rols dels nivells regional, local, estatal i europeu són clars i acordats?',
        ],
        [
          'Are there regular coordination mechanisms between levels (meetings, agreements, shared data)?',
          'Hi ha mecanismes periòdics de coordinació entre nivells (reunions, acords, dades compartides)?',
        ],
        [
          "Does the action use, and stay within, the region's competences?",
          "L'acció aprofita les competències de la regió i s'hi ajusta?",
        ],
      ],
      levels: [
        [
          'Levels act in isolation; roles are unclear or conflicting.',
          'Els nivells actuen aïlladament; els rols són confusos o entren en conflicte.',
        ],
        [
          'Occasional contacts between levels, without agreed roles.',
          'Contactes ocasionals entre nivells, sense rols acordats.',
        ],
        [
          'Agreed roles and regular coordination with most relevant levels.',
          'Rols acordats i coordinació periòdica amb la majoria dels nivells pertinents.',
        ],
        [
          'Formal, working coordination across all relevant levels, with shared planning, data or funding.',
          'Coordinació formal i efectiva entre tots els nivells pertinents, amb planificació, dades o finançament compartits.',
        ],
      ],
    }),
    builtInCriterion({
      id: 'multi_stakeholder_approach',
      name: ['Multi-stakeholder approach', 'Enfocament multiactor'],
      definition: [
        "The involvement of non-governmental actors (migrant organisations, NGOs, social partners, employers, service providers, universities, faith-based groups) in designing, delivering and evaluating the action, with a real say, as in Murcia's Social Cohesion Commission.",
        "La implicació d'actors no governamentals (organitzacions de persones migrants, ONG, agents socials, empreses, proveïdors de serveis, universitats, entitats religioses) en el disseny, l'execució i l'avaluació de l'acció, amb capacitat real d'influència, com a la Comissió de Cohesió Social de Múrcia.",
      ],
      questions: [
        [
          'Which stakeholders were mapped, and which take part (migrant organisations, NGOs, employers, unions, universities)?',
          'Quins agents es van identificar i quins hi participen (organitzacions de persones migrants, ONG, empreses, sindicats, universitats)?',
        ],
        [
          'At which stages do they take part: design, delivery, evaluation?',
          'En quines fases hi participen: disseny, execució, avaluació?',
        ],
        [
          'Do they have a real say, and do they keep taking part?',
          'Tenen una veu real, i hi continuen participant?',
        ],
      ],
      levels: [
        [
          'Run by the authority alone; stakeholders not involved.',
          "Gestionada només per l'administració; els agents no hi participen.",
        ],
        [
          'Stakeholders informed or consulted now and then.',
          'Els agents són informats o consultats de tant en tant.',
        ],
        [
          'Key stakeholders, migrant organisations included, take part in design and delivery.',
          "Els agents clau, incloses les organitzacions de persones migrants, participen en el disseny i l'execució.",
        ],
        [
          'Stakeholders share ownership of design, delivery and evaluation through a standing body or partnership.',
          "Els agents comparteixen la responsabilitat del disseny, l'execució i l'avaluació mitjançant un òrgan estable o una aliança.",
        ],
      ],
    }),
    builtInCriterion({
      id: 'monitoring_evaluation',
      name: ['Monitoring and evaluation', 'Seguiment i avaluació'],
      definition: [
        'Whether the action knows what it achieves: a logic model, KPIs with baselines and targets measured regularly, data disaggregated by group and kept aggregate to protect individuals, and evaluations whose findings are used to adjust the action.',
        "Si l'acció sap què aconsegueix: un model lògic, indicadors clau amb valors de referència i metes mesurats periòdicament, dades desagregades per grups i sempre agregades per protegir les persones, i avaluacions les conclusions de les quals serveixen per ajustar l'acció.",
      ],
      questions: [
        [
          'Does the action have a logic model and KPIs with baselines, targets and regular measurements?',
          "L'acció té un model lògic i indicadors clau amb valors de referència, metes i mesures periòdiques?",
        ],
        [
          'Are data disaggregated (sex, age, origin) while protecting individuals?',
          'Les dades estan desagregades (sexe, edat, origen) tot protegint les persones?',
        ],
        [
          'Are monitoring results and evaluations used to adjust the action?',
          "Els resultats del seguiment i les avaluacions serveixen per ajustar l'acció?",
        ],
      ],
      levels: [
        ['No monitoring beyond counting activities.', 'No hi ha seguiment més enllà de comptar activitats.'],
        [
          'KPIs defined, but baselines, targets or regular data missing.',
          'Indicadors clau definits, però manquen valors de referència, metes o dades periòdiques.',
        ],
        [
          'KPIs with baselines and targets measured regularly, disaggregated where relevant.',
          'Indicadors clau amb valors de referència i metes mesurats periòdicament, desagregats quan escau.',
        ],
        [
          'A complete monitoring system and an evaluation (external where possible) whose findings led to changes.',
          'Un sistema de seguiment complet i una avaluació (externa si és possible) les conclusions de la qual han portat a canvis.',
        ],
      ],
    }),
    SUSTAINABILITY_CRITERION,
  ],
});
