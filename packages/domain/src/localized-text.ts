import { z } from 'zod';

/** BCP 47 primary language subtag (two or three lower-case letters), e.g. `en`, `ca`, `sv`. */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter ISO 639 language code such as "en" or "ca"');
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Languages the platform ships interface text for, in order of completeness. */
export const UI_LANGUAGES = ['en', 'ca', 'es', 'fr', 'de', 'it', 'el', 'pt', 'sv', 'ar'] as const;
export const RTL_LANGUAGES: readonly string[] = ['ar'];

/** Upper bound on the languages one text may carry: the UI languages plus room for community translations. */
export const MAX_TEXT_LANGUAGES = 30;

/** Options for {@link localizedTextOf}. */
export interface LocalizedTextLimits {
  /** Longest text allowed in any one language, in characters. */
  maxLength?: number;
  /** Most languages allowed (public forms accept fewer than staff editors). */
  maxLanguages?: number;
}

/**
 * Builds a LocalizedText schema with its own length limits, so a title and a description can share
 * the shape but not the size. Every variant applies the same rules as {@link localizedTextSchema}.
 */
export function localizedTextOf({
  maxLength = 100_000,
  maxLanguages = MAX_TEXT_LANGUAGES,
}: LocalizedTextLimits = {}) {
  return z
    .object({
      source: languageCodeSchema,
      text: z.record(
        languageCodeSchema,
        z
          .string()
          .trim()
          .min(1, 'must not be empty')
          .max(maxLength, `must be at most ${maxLength} characters`),
      ),
      /** Languages whose text was machine-translated (shown with a notice). */
      machine: z.array(languageCodeSchema).max(maxLanguages).optional(),
      /** Languages whose text predates the latest change of the source text. */
      outdated: z.array(languageCodeSchema).max(maxLanguages).optional(),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (!Object.hasOwn(value.text, value.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['text', value.source],
          message: `the source language "${value.source}" must have a text`,
        });
      }
      const count = Object.keys(value.text).length;
      if (count > maxLanguages) {
        ctx.addIssue({
          code: 'custom',
          path: ['text'],
          message: `at most ${maxLanguages} languages are allowed, got ${count}`,
        });
      }
      // The source text is by definition human-written and current; flagging it would hide a mistake.
      for (const key of ['machine', 'outdated'] as const) {
        value[key]?.forEach((lang, index) => {
          if (lang === value.source) {
            ctx.addIssue({
              code: 'custom',
              path: [key, index],
              message: `the source language "${lang}" cannot be marked ${key === 'machine' ? 'machine-translated' : 'outdated'}`,
            });
          } else if (!Object.hasOwn(value.text, lang)) {
            ctx.addIssue({ code: 'custom', path: [key, index], message: `"${lang}" has no text` });
          }
        });
      }
    });
}

/**
 * Text in several languages: `{ source: 'ca', text: { ca: '…', en: '…' } }`.
 * `source` is the language it was written in and must be present in `text`.
 */
export const localizedTextSchema = localizedTextOf();
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
    // Own keys only: `wanted` often comes from a request header and must not reach Object.prototype.
    const text = Object.hasOwn(value.text, lang) ? value.text[lang] : undefined;
    if (text !== undefined) return { lang, text };
  }
  return { lang: value.source, text: value.text[value.source] ?? '' };
}

/** Shorthand for a one-language LocalizedText. */
export function localized(source: string, text: string): LocalizedText {
  return { source, text: { [source]: text } };
}

function without(list: readonly string[] | undefined, item: string): string[] | undefined {
  const rest = (list ?? []).filter((value) => value !== item);
  return rest.length ? rest : undefined;
}

/** Without empty `outdated`/`machine` lists, as the schema's `.strict()` object wants a LocalizedText. */
function tidy({ machine, outdated, ...rest }: LocalizedText): LocalizedText {
  return { ...rest, ...(machine?.length ? { machine } : {}), ...(outdated?.length ? { outdated } : {}) };
}

/**
 * `value` with its text in `lang` set. A changed source text makes every translation outdated; a translation
 * written (or confirmed) by a person is current, and no longer machine-made.
 */
export function withText(value: LocalizedText, lang: string, text: string): LocalizedText {
  if (lang === value.source) {
    const changed = text !== (value.text[lang] ?? '');
    const translations = Object.keys(value.text).filter((code) => code !== lang);
    return tidy({
      ...value,
      text: { ...value.text, [lang]: text },
      outdated: changed ? translations : value.outdated,
    });
  }
  return tidy({
    ...value,
    text: { ...value.text, [lang]: text },
    outdated: without(value.outdated, lang),
    machine: without(value.machine, lang),
  });
}

/** `value` without its translation into `lang`. */
export function withoutLanguage(value: LocalizedText, lang: string): LocalizedText {
  const { [lang]: _drop, ...text } = value.text;
  return tidy({
    ...value,
    text,
    outdated: without(value.outdated, lang),
    machine: without(value.machine, lang),
  });
}
