import type { LocalizedText } from '@regin/domain';

/** A text in English and Catalan, the platform's first two languages. */
export type EnCa = readonly [en: string, ca: string];

/** English-source LocalizedText from English, Catalan and (optionally) Spanish text. */
export function enCa([en, ca]: EnCa, es?: string): LocalizedText {
  return { source: 'en', text: es === undefined ? { en, ca } : { en, ca, es } };
}
