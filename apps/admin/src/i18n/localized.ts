/** Text of a LocalizedText-like value in the UI language, else its source, else any. */
export function localized(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const record = value as { source?: string; text?: Record<string, string> };
  const text = record.text ?? (value as Record<string, string>);
  return text[lang] ?? (record.source ? text[record.source] : undefined) ?? Object.values(text)[0] ?? '';
}
