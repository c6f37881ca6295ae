import type { ActivityKind } from '@regin/domain';

/** Words the rendered HTML needs, per interface language (English is the fallback for the others). */
export interface RenderLabels {
  module: string;
  audience: string;
  duration: string;
  version: string;
  minutes: string;
  objectives: string;
  sessions: string;
  session: string;
  activity: string;
  format: string;
  facilitatorNotes: string;
  resources: string;
  quiz: string;
  answerKey: string;
  contents: string;
  facilitatorPack: string;
  track: string;
  total: string;
  /** `{language}` and `{fallback}`: language names. */
  fallbackNotice: string;
  /** `{sourceVersion}` and `{version}`. */
  outdatedNotice: string;
  /** `{title}` and `{pack}`. */
  otherPackRef: string;
  /** `{language}` and `{version}`: the original a translation was made from. */
  translatedFrom: string;
  footer: string;
  activityKinds: Readonly<Record<ActivityKind, string>>;
}

const en: RenderLabels = {
  module: 'Module',
  audience: 'Audience',
  duration: 'Duration',
  version: 'Version',
  minutes: 'min',
  objectives: 'Learning objectives',
  sessions: 'Sessions',
  session: 'Session',
  activity: 'Activity',
  format: 'Format',
  facilitatorNotes: 'Facilitator notes',
  resources: 'Resources',
  quiz: 'Self-assessment',
  answerKey: 'Answer key',
  contents: 'Contents',
  facilitatorPack: 'Facilitator pack',
  track: 'Track',
  total: 'Total',
  fallbackNotice: 'This module is not yet available in {language}; the {fallback} version is shown.',
  outdatedNotice:
    'This translation follows version {sourceVersion} of the original, which is now at version {version}: check the changes before using it.',
  otherPackRef: '(see “{title}” in the pack “{pack}”)',
  translatedFrom: 'translation of the {language} original, version {version}',
  footer: 'REGIN Lab regional toolkit. Content under the EUPL-1.2 licence.',
  activityKinds: {
    presentation: 'Presentation',
    discussion: 'Discussion',
    exercise: 'Exercise',
    case_study: 'Case study',
    role_play: 'Role play',
    group_work: 'Group work',
    swot: 'SWOT analysis',
    priority_vote: 'Priority vote',
    round_table: 'Round table',
    stakeholder_mapping: 'Stakeholder mapping',
    reflection: 'Reflection',
    quiz: 'Quiz',
    break: 'Break',
    other: 'Other',
  },
};

const ca: RenderLabels = {
  module: 'Mòdul',
  audience: 'Destinataris',
  duration: 'Durada',
  version: 'Versió',
  minutes: 'min',
  objectives: 'Objectius d’aprenentatge',
  sessions: 'Sessions',
  session: 'Sessió',
  activity: 'Activitat',
  format: 'Format',
  facilitatorNotes: 'Notes per a qui dinamitza',
  resources: 'Recursos',
  quiz: 'Autoavaluació',
  answerKey: 'Solucionari',
  contents: 'Índex',
  facilitatorPack: 'Dossier per a qui dinamitza',
  track: 'Itinerari',
  total: 'Total',
  fallbackNotice:
    'Aquest mòdul encara no està disponible en {language}; se’n mostra la versió en {fallback}.',
  outdatedNotice:
    'Aquesta traducció segueix la versió {sourceVersion} de l’original, que ara és a la versió {version}: reviseu-ne els canvis abans de fer-la servir.',
  otherPackRef: '(vegeu «{title}» al dossier «{pack}»)',
  translatedFrom: 'traducció de l’original en {language}, versió {version}',
  footer: 'Caixa d’eines regional de REGIN Lab. Continguts sota la llicència EUPL-1.2.',
  activityKinds: {
    presentation: 'Presentació',
    discussion: 'Debat',
    exercise: 'Exercici',
    case_study: 'Estudi de cas',
    role_play: 'Joc de rol',
    group_work: 'Treball en grup',
    swot: 'Anàlisi DAFO',
    priority_vote: 'Votació de prioritats',
    round_table: 'Taula rodona',
    stakeholder_mapping: 'Mapa d’actors',
    reflection: 'Reflexió',
    quiz: 'Qüestionari',
    break: 'Pausa',
    other: 'Altres',
  },
};

const LABELS: Readonly<Record<string, RenderLabels>> = { en, ca };

/** The labels for an interface language, English when there are none for it. */
export function labelsFor(language: string): RenderLabels {
  return LABELS[language] ?? en;
}

/** Languages with their own labels. */
export const LABEL_LANGUAGES: readonly string[] = Object.keys(LABELS);

/** Name of a language in another (`ca` in `en` → "Catalan"), from Intl when it knows it, else the code. */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
