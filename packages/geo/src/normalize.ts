/** Letters that Unicode decomposition does not reduce to a base letter plus accents. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const SPECIAL_PATTERN = /[ßæœøłđðþıħ]/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-cases, strips accents (`Skåne` → `skane`, `Cataluña` → `cataluna`, `Ελλάδα` → `ελλαδα`), maps letters
 * such as `ø`/`ß`/`ł`, and turns every run of punctuation or spaces into one space.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * The folded forms a region can be found by: its Latin and native names whole, and each part of names that
 * list several languages with a slash (`Région de Bruxelles-Capitale/Brussels Hoofdstedelijk Gewest`).
 */
export function searchableNames(...names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const whole = foldText(name);
    if (whole) out.add(whole);
    if (name.includes('/')) {
      for (const part of name.split('/')) {
        const folded = foldText(part);
        if (folded) out.add(folded);
      }
    }
  }
  return [...out];
}
