import { describe, expect, it } from 'vitest';
import { pick, textState } from '../src/i18n.js';

describe('which text a reader sees, and how it stands', () => {
  const text = {
    source: 'sv',
    text: {
      sv: 'Hälsokommunikatörer',
      en: 'Health communicators',
      ca: 'Comunicadors de salut',
      es: 'Comunicadores',
    },
    outdated: ['ca'],
    machine: ['es'],
  };

  it('is the reader’s own current version when there is one', () => {
    expect(textState(text, 'en')).toEqual({ shown: 'en', state: 'current' });
    expect(pick(text, 'en')).toBe('Health communicators');
  });

  it('says when a translation predates the original’s latest change, or was machine-made', () => {
    expect(textState(text, 'ca')).toEqual({ shown: 'ca', state: 'outdated' });
    expect(textState(text, 'es')).toEqual({ shown: 'es', state: 'machine' });
  });

  it('falls back to the source language, then English, as pick does', () => {
    const swedishOnly = { source: 'sv', text: { sv: 'Hälsokommunikatörer', en: 'Health communicators' } };
    expect(textState(swedishOnly, 'ca')).toEqual({ shown: 'sv', state: 'fallback' });
    expect(pick(swedishOnly, 'ca')).toBe('Hälsokommunikatörer');
    const noSource = { text: { de: 'Gesundheit', en: 'Health' } };
    expect(textState(noSource, 'es')).toEqual({ shown: 'en', state: 'fallback' });
    expect(pick(noSource, 'es')).toBe('Health');
  });
});
