import { builtInCriterion } from './builder.js';

/**
 * Sustainability is both a DAC criterion and a REGIN aspect, and `@regin/domain` keeps one rating for it
 * (`evaluationCriterionSchema` lists it once), so both sets share this one criterion: one rating, one rubric.
 */
export const SUSTAINABILITY_CRITERION = builtInCriterion({
  id: 'sustainability',
  name: ['Sustainability', 'Sostenibilitat'],
  definition: [
    "The extent to which the action's benefits continue, or are likely to continue, after its funding ends: a budget or legal basis to carry on, an institutional home, capacities built in staff, partners and migrant organisations, and ownership by the people it serves. Among REGIN's aspects it also covers whether the practice itself lasts and can be transferred.",
    "Fins a quin punt els beneficis de l'acció continuen, o és probable que continuïn, quan s'acaba el finançament: un pressupost o una base legal per continuar, un encaix institucional, capacitats adquirides pel personal, els socis i les organitzacions de persones migrants, i l'apropiació per part de les persones a qui s'adreça. Entre els aspectes de REGIN també inclou si la pràctica mateixa perdura i es pot transferir.",
  ],
  questions: [
    [
      'Will the benefits for participants last after the action ends?',
      "Els beneficis per a les persones participants es mantindran quan acabi l'acció?",
    ],
    [
      'Is there funding, a legal basis or an institution to continue the action?',
      "Hi ha finançament, una base legal o una institució per continuar l'acció?",
    ],
    [
      'Have staff, partners and migrant organisations gained the capacities to carry it on?',
      'El personal, els socis i les organitzacions de persones migrants han adquirit les capacitats per continuar-la?',
    ],
  ],
  levels: [
    [
      'Benefits end with the action; there is no plan to continue.',
      "Els beneficis s'acaben amb l'acció; no hi ha cap pla per continuar.",
    ],
    [
      'Continuation is planned but uncertain: no funding or owner secured.',
      'La continuïtat està prevista però és incerta: no hi ha finançament ni responsable assegurats.',
    ],
    [
      'Continuation is likely: funding or an institutional owner identified, capacities built.',
      "La continuïtat és probable: s'ha identificat finançament o un responsable institucional, i s'han creat capacitats.",
    ],
    [
      'The action or its benefits are built into regular policy, budgets or services, with capacities in place.',
      "L'acció o els seus beneficis s'han incorporat a la política, els pressupostos o els serveis ordinaris, amb les capacitats necessàries.",
    ],
  ],
});
