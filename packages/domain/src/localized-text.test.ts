import { describe, expect, it } from 'vitest';
import { issuesOf, rawIssuesOf } from '../test/helpers.js';
import {
  localized,
  localizedTextOf,
  localizedTextSchema,
  pickText,
  withoutLanguage,
  withText,
} from './localized-text.js';

describe('localizedTextSchema', () => {
  it('accepts a text in its source language plus translations', () => {
    const value = { source: 'ca', text: { ca: 'Bon dia', en: 'Good morning' }, machine: ['en'] };
    expect(localizedTextSchema.parse(value)).toEqual(value);
  });

  it('rejects a source language that has no text, naming text.<source>', () => {
    expect(issuesOf(localizedTextSchema, { source: 'ca', text: { en: 'Good morning' } })).toEqual([
      { path: 'text.ca', message: 'the source language "ca" must have a text' },
    ]);
  });

  it('rejects blank text (after trimming) in any language', () => {
    expect(issuesOf(localizedTextSchema, { source: 'en', text: { en: '   ' } })).toEqual([
      { path: 'text.en', message: 'must not be empty' },
    ]);
  });

  it('rejects a language key that is not an ISO 639 code', () => {
    const issues = rawIssuesOf(localizedTextSchema, { source: 'en', text: { en: 'Hi', EN: 'Hi' } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('invalid_key');
    expect(issues[0]?.path).toEqual(['text', 'EN']);
  });

  it('rejects unknown fields', () => {
    const issues = rawIssuesOf(localizedTextSchema, { source: 'en', text: { en: 'Hi' }, lang: 'en' });
    expect(issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['lang'], path: [] }]);
  });

  it('refuses to mark the source language as machine-translated or outdated', () => {
    expect(issuesOf(localizedTextSchema, { source: 'en', text: { en: 'Hi' }, outdated: ['en'] })).toEqual([
      { path: 'outdated.0', message: 'the source language "en" cannot be marked outdated' },
    ]);
  });

  it('refuses machine marks for languages without text', () => {
    expect(issuesOf(localizedTextSchema, { source: 'en', text: { en: 'Hi' }, machine: ['sv'] })).toEqual([
      { path: 'machine.0', message: '"sv" has no text' },
    ]);
  });
});

describe('localizedTextOf', () => {
  it('caps the length of every language', () => {
    const title = localizedTextOf({ maxLength: 5 });
    expect(issuesOf(title, { source: 'en', text: { en: 'Hello', ca: 'Bon dia' } })).toEqual([
      { path: 'text.ca', message: 'must be at most 5 characters' },
    ]);
  });

  it('caps the number of languages', () => {
    const short = localizedTextOf({ maxLanguages: 2 });
    expect(issuesOf(short, { source: 'en', text: { en: 'a', ca: 'b', es: 'c' } })).toEqual([
      { path: 'text', message: 'at most 2 languages are allowed, got 3' },
    ]);
  });
});

describe('pickText', () => {
  const text = { source: 'ca', text: { ca: 'Bon dia', en: 'Good morning', es: 'Buenos días' } };

  it('returns the wanted language when present', () => {
    expect(pickText(text, 'es')).toEqual({ lang: 'es', text: 'Buenos días' });
  });

  it('falls back through the list, then to the source', () => {
    expect(pickText(text, 'sv')).toEqual({ lang: 'en', text: 'Good morning' });
    expect(pickText(text, 'sv', ['de'])).toEqual({ lang: 'ca', text: 'Bon dia' });
  });

  it('never returns inherited object properties for odd language names', () => {
    expect(pickText(text, 'constructor', ['toString'])).toEqual({ lang: 'ca', text: 'Bon dia' });
  });
});

describe('localized', () => {
  it('builds a valid one-language text', () => {
    expect(localizedTextSchema.safeParse(localized('sv', 'Hej')).success).toBe(true);
    expect(localized('sv', 'Hej')).toEqual({ source: 'sv', text: { sv: 'Hej' } });
  });
});

describe('withText and withoutLanguage', () => {
  const text = {
    source: 'en',
    text: { en: 'Mentors matter.', ca: 'Els mentors compten.', sv: 'Mentorer spelar roll.' },
    machine: ['sv'],
  };

  it('marks every translation outdated when the source text changes, and keeps the value valid', () => {
    const changed = withText(text, 'en', 'Mentors matter most.');
    expect(changed).toEqual({
      source: 'en',
      text: { en: 'Mentors matter most.', ca: 'Els mentors compten.', sv: 'Mentorer spelar roll.' },
      machine: ['sv'],
      outdated: ['ca', 'sv'],
    });
    expect(localizedTextSchema.safeParse(changed).success).toBe(true);
    // The same source text again changes nothing.
    expect(withText(text, 'en', 'Mentors matter.')).toEqual(text);
  });

  it('makes a translation a person writes or confirms current and no longer machine-made', () => {
    const stale = { ...text, outdated: ['ca', 'sv'] };
    expect(withText(stale, 'sv', 'Mentorer spelar stor roll.')).toEqual({
      source: 'en',
      text: { en: 'Mentors matter.', ca: 'Els mentors compten.', sv: 'Mentorer spelar stor roll.' },
      outdated: ['ca'],
    });
    expect(withText(stale, 'ca', 'Els mentors compten.')).toEqual({ ...text, outdated: ['sv'] });
  });

  it('drops a language with its marks', () => {
    expect(withoutLanguage({ ...text, outdated: ['sv'] }, 'sv')).toEqual({
      source: 'en',
      text: { en: 'Mentors matter.', ca: 'Els mentors compten.' },
    });
  });
});
