import type { EnCa } from './text.js';

/**
 * Answer wordings shared by several questions of the default framework. Each is a triple scored
 * 100 / 50 / 0: in place, partly in place, not in place. Questions that need their own words define them.
 */
export type OptionTriple = readonly [yes: EnCa, partial: EnCa, no: EnCa];

export const NO: EnCa = ['No', 'No'];

export const IN_FORCE: OptionTriple = [
  ['Yes, adopted and in force', 'Sí, amb un text aprovat i en vigor'],
  ['In preparation, or it covers the topic only in part', 'En preparació, o només cobreix el tema en part'],
  NO,
];

export const CONSULTED: OptionTriple = [
  ['Yes, through a standing consultation procedure', 'Sí, mitjançant un procediment de consulta estable'],
  ['Occasionally, or only some of them', "De manera puntual, o només alguns d'ells"],
  NO,
];

export const COORDINATED: OptionTriple = [
  ['Yes, a standing body that meets regularly', 'Sí, un òrgan estable que es reuneix regularment'],
  ['Ad hoc or informal contacts only', 'Només contactes puntuals o informals'],
  NO,
];

export const SAME_TERMS: OptionTriple = [
  ['Yes, on the same terms as nationals', 'Sí, en les mateixes condicions que les persones nacionals'],
  ['With restrictions or extra conditions', 'Amb restriccions o condicions addicionals'],
  NO,
];

export const BUDGET_LINE: OptionTriple = [
  ['Yes, a dedicated budget line renewed every year', 'Sí, una partida específica que es renova cada any'],
  ['Only project or one-off funding', 'Només finançament per projectes o puntual'],
  ['No dedicated funding', 'No hi ha finançament específic'],
];

export const MONITORED: OptionTriple = [
  ['Yes, systematically, with published figures', 'Sí, de manera sistemàtica i amb dades publicades'],
  ['In part, or without publishing the figures', 'En part, o sense publicar-ne les dades'],
  NO,
];

export const EVALUATED: OptionTriple = [
  ['Yes, with published results that led to changes', 'Sí, amb resultats publicats que han portat a canvis'],
  [
    'Only an internal review, or results not followed up',
    'Només una revisió interna, o resultats sense seguiment',
  ],
  NO,
];

export const REGULAR_PROGRAMME: OptionTriple = [
  ['Yes, a regular programme across the region', 'Sí, un programa estable a tot el territori'],
  ['Isolated projects, or only in some areas', 'Projectes aïllats, o només en algunes zones'],
  NO,
];
