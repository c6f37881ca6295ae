import type { LocalizedText } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { mergeLines } from '../src/lines.js';

const both = (en: string, ca: string): LocalizedText => ({ source: 'en', text: { en, ca } });

describe('findings edited as lines in one language', () => {
  const previous = [
    both('Mentors matter.', 'Els mentors compten.'),
    both('Start earlier.', 'Comenceu abans.'),
  ];

  it('keeps an unchanged line whole, with its other languages', () => {
    expect(mergeLines('Mentors matter.\nStart earlier.\n', 'en', previous)).toEqual(previous);
    // Reordered lines keep their items too.
    expect(mergeLines('Start earlier.\nMentors matter.', 'en', previous)).toEqual([previous[1], previous[0]]);
  });

  it('updates a changed source line in place and marks its translations outdated', () => {
    expect(mergeLines('Mentors matter most.\nStart earlier.', 'en', previous)).toEqual([
      { source: 'en', text: { en: 'Mentors matter most.', ca: 'Els mentors compten.' }, outdated: ['ca'] },
      previous[1],
    ]);
  });

  it('writes a translation into the item shown at that line, which is then current', () => {
    const stale: LocalizedText = { ...both('Mentors matter.', 'Els mentors compten.'), outdated: ['ca'] };
    expect(mergeLines('Els mentors compten molt.', 'ca', [stale])).toEqual([
      { source: 'en', text: { en: 'Mentors matter.', ca: 'Els mentors compten molt.' } },
    ]);
  });

  it('adds new lines in the editing language and drops removed ones', () => {
    expect(mergeLines('Start earlier.\nInvolve families.', 'ca', previous)).toEqual([
      // "Start earlier." is not what a Catalan reader was shown, so it replaces the Catalan text at its position.
      { source: 'en', text: { en: 'Mentors matter.', ca: 'Start earlier.' } },
      { source: 'en', text: { en: 'Start earlier.', ca: 'Involve families.' } },
    ]);
    expect(mergeLines('Comenceu abans.\nImpliqueu les famílies.', 'ca', previous)).toEqual([
      previous[1],
      { source: 'ca', text: { ca: 'Impliqueu les famílies.' } },
    ]);
    expect(mergeLines('', 'en', previous)).toEqual([]);
  });
});
