import { z } from 'zod';

/** BCP 47 primary language subtag (two or three lower-case letters), e.g. `en`, `ca`, `sv`. */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter ISO 639 language code such as "en" or "ca"');
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Languages the platform ships interface text for, in order of completeness. */
export const UI_LANGUAGES = ['en', 'ca', 'es', 'fr', 'de', 'it', 'el', 'pt', 'sv', 'ar'] as const;
export const RTL_LANGUAGES: readonly string[] = ['ar'];

/**
 * Text in several languages: `{ source: 'ca', text: { ca: '…', en: '…' } }`.
 * `source` is the language it was written in and must be present in `text`.
 */
export const localizedTextSchema = z
  .object({
    source: languageCodeSchema,
    text: z.record(languageCodeSchema, z.string().trim().min(1, 'must not be empty')),
    /** Languages whose text was machine-translated (shown with a notice). */
    machine: z.array(languageCodeSchema).optional(),
    /** Languages whose text predates the latest change of the source text. */
    outdated: z.array(languageCodeSchema).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!(value.source in value.text)) {
      ctx.addIssue({
        code: 'custom',
        path: ['text', value.source],
        message: `the source language "${value.source}" must have a text`,
      });
    }
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Picks the best text for a reader: the wanted language, then each fallback, then the source text.
 * Returns the language actually used so the UI can mark a fallback.
 */
export function pickText(
  value: LocalizedText,
  wanted: string,
  fallbacks: readonly string[] = ['en'],
): { lang: string; text: string } {
  for (const lang of [wanted, ...fallbacks]) {
    const text = value.text[lang];
    if (text !== undefined) return { lang, text };
  }
  return { lang: value.source, text: value.text[value.source] ?? '' };
}

/** Shorthand for a one-language LocalizedText. */
export function localized(source: string, text: string): LocalizedText {
  return { source, text: { [source]: text } };
}
