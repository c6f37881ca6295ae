import { ca, en, es, eur, it, type PracticeSeed, practice, regional } from './define.js';

/**
 * ILLUSTRATIVE practices waiting in the moderation queue, so moderators' screens are not empty in a demo:
 * submitted through the public form (not yet screened) or sent back for changes. They are never published.
 */
export interface ModerationQueueEntry {
  practice: PracticeSeed;
  moderationStatus: 'submitted' | 'changes_requested';
  moderationNote?: string;
  /** Who sent it through the public form (kept for moderation, not published). */
  submittedBy: { name: string; email: string; organisation?: string };
  /** When it arrived (ISO timestamp). */
  submittedAt: string;
}

export const MODERATION_QUEUE: ModerationQueueEntry[] = [
  {
    moderationStatus: 'submitted',
    submittedAt: '2025-03-12T09:40:00Z',
    submittedBy: {
      name: 'Lorena Gil',
      email: 'lorena.gil@example.org',
      organisation: 'Asociación vecinal (ficticia)',
    },
    practice: practice({
      slug: 'huertos-escolares-familias-lorca',
      regions: ['ES62'],
      at: [37.68, -1.7],
      areas: ['education', 'culture_religion'],
      groups: ['families', 'children'],
      role: 'support',
      period: ['2023-10-01'],
      status: 'ongoing',
      result: 'successful',
      title: es('Huertos escolares con familias en Lorca', { en: 'School gardens with families in Lorca' }),
      summary: es(
        'Madres y padres de distintos orígenes cuidan con sus hijos un huerto escolar y comparten semillas y recetas.',
        'Parents of different origins tend a school garden with their children and share seeds and recipes.',
      ),
      description: es(
        'Cada jueves por la tarde, familias del colegio trabajan el huerto con una monitora. Muchas familias marroquíes y ecuatorianas tienen experiencia agrícola y la comparten.',
      ),
    }),
  },
  {
    moderationStatus: 'submitted',
    submittedAt: '2025-04-02T15:05:00Z',
    submittedBy: { name: 'Davide Ferraro', email: 'davide.ferraro@example.org' },
    practice: practice({
      slug: 'doposcuola-interculturale-catania',
      regions: ['ITG1'],
      at: [37.5, 15.09],
      areas: ['education', 'language'],
      groups: ['children', 'youth'],
      role: 'support',
      period: ['2022-09-15'],
      status: 'ongoing',
      result: 'mixed',
      title: it('Doposcuola interculturale a Catania', { en: 'Intercultural after-school club in Catania' }),
      summary: it(
        'Un doposcuola gestito da volontari per ragazzi di origine straniera; molto frequentato, ma i volontari non bastano.',
        'A volunteer-run after-school club for young people of foreign origin; well attended, but there are not enough volunteers.',
      ),
      description: it(
        'Aiuto nei compiti, italiano per lo studio e attività sportive tre pomeriggi a settimana.',
      ),
      lessons: it(
        'Senza un coordinatore retribuito i volontari cambiano spesso e i ragazzi perdono punti di riferimento.',
      ),
    }),
  },
  {
    moderationStatus: 'submitted',
    submittedAt: '2025-04-18T11:20:00Z',
    submittedBy: {
      name: 'Els Janssens',
      email: 'els.janssens@example.org',
      organisation: 'Neighbourhood centre (fictional)',
    },
    practice: practice({
      slug: 'mechelen-neighbourhood-welcome-walks',
      regions: ['BE21'],
      at: [51.03, 4.48],
      areas: ['culture_religion'],
      groups: ['host_community', 'all_migrants'],
      role: 'support',
      period: ['2024-05-01'],
      status: 'ongoing',
      result: 'successful',
      title: en('Neighbourhood welcome walks in Mechelen'),
      summary: en(
        'Residents guide newcomers on monthly walks past the library, the market, the health centre and local clubs.',
      ),
      description: en(
        'Walks end with coffee at the neighbourhood centre; a map in six languages is handed out.',
      ),
    }),
  },
  {
    moderationStatus: 'changes_requested',
    moderationNote:
      'Thank you. Before publication please add: the role of the regional authority (it is listed as funding, but the text says the Consell Comarcal ran it), the period end date if it has ended, and at least one lesson learnt. Please also remove the participants’ first names from the description.',
    submittedAt: '2025-02-20T08:15:00Z',
    submittedBy: {
      name: 'Pere Casals',
      email: 'pere.casals@example.org',
      organisation: 'Consell Comarcal (fictici)',
    },
    practice: practice({
      slug: 'transport-a-demanda-temporers-lleida',
      regions: ['ES513'],
      at: [41.62, 0.62],
      areas: ['labour_market', 'housing'],
      groups: ['tcn'],
      role: 'funding',
      period: ['2022-06-01'],
      status: 'ended',
      result: 'mixed',
      funding: [regional('Generalitat de Catalunya')],
      budget: eur(40_000),
      title: ca('Transport a demanda per a temporers de la fruita', {
        en: 'On-demand transport for seasonal fruit pickers',
      }),
      summary: ca(
        'Un servei de furgonetes a demanda portava els temporers des dels pobles on s’allotjaven fins a les finques.',
        'An on-demand van service took seasonal workers from the towns where they lodged to the farms.',
      ),
      description: ca(
        'El servei funcionava durant la campanya de la fruita amb reserva per WhatsApp. Hi van participar l’Ahmed, la Fatou i altres temporers que van ajudar a difondre’l.',
      ),
    }),
  },
];
