import type { LocalizedText } from '@regin/domain';

/** Text of a LocalizedText-like value in the UI language, else its source, else any. */
export function localized(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const record = value as { source?: string; text?: Record<string, string> };
  const text = record.text ?? (value as Record<string, string>);
  return text[lang] ?? (record.source ? text[record.source] : undefined) ?? Object.values(text)[0] ?? '';
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
