import { type LocalizedText, withText } from '@regin/domain';
import { localized } from './i18n/localized.js';

/**
 * A list of multilingual texts edited as lines of one textarea in the language `lang` (findings,
 * recommendations), keeping what the lines do not change: a line equal to an item as shown keeps that item
 * whole, with its other languages; a changed line updates the item at its position in `lang` (a changed source
 * marks the translations outdated; a changed translation is current again); other lines are new items in `lang`.
 */
export function mergeLines(text: string, lang: string, previous: readonly LocalizedText[]): LocalizedText[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const used = new Set<number>();
  const unchanged = lines.map((line) => {
    const index = previous.findIndex((item, i) => !used.has(i) && localized(item, lang) === line);
    if (index >= 0) used.add(index);
    return index;
  });
  return lines.map((line, position) => {
    const kept = unchanged[position] as number;
    if (kept >= 0) return previous[kept] as LocalizedText;
    const item = previous[position];
    if (!item || used.has(position)) return { source: lang, text: { [lang]: line } };
    used.add(position);
    return withText(item, lang, line);
  });
}
