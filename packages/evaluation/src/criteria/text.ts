import type { LocalizedText } from '@regin/domain';

/** An English source text with its Catalan translation: the two languages every built-in text carries. */
export function enCa(en: string, ca: string): LocalizedText {
  return { source: 'en', text: { en, ca } };
}

/** Freezes a built-in value and everything in it, so a caller cannot change it for every other caller. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
