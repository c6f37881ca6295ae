import { describe, expect, it } from 'vitest';
import {
  bundledContent,
  getModule,
  listModules,
  moduleLanguages,
  tracks,
  translationStatus,
} from '../src/index.js';

describe('tracks', () => {
  it('lists both tracks in order with texts in the requested language', () => {
    const en = tracks();
    expect(en.map((track) => track.id)).toEqual(['stakeholders', 'regional_staff']);
    expect(en[0]).toMatchObject({
      title: 'Capacity building for key stakeholders of receiving communities',
      language: 'en',
      modules: ['mipex-r-results', 'stakeholder-mapping', 'swot-priorities', 'multilevel-governance'],
      completeLanguages: ['ca', 'en'],
    });
    const ca = tracks('ca');
    expect(ca[1]!.title).toBe('Formació per al personal regional que acompanya les persones nouvingudes');
    expect(ca[1]!.durationMinutes).toBe(
      listModules({ track: 'regional_staff' }).reduce((sum, m) => sum + m.module.durationMinutes, 0),
    );
    expect(tracks('sv')[0]).toMatchObject({ language: 'en' });
  });
});

describe('listModules', () => {
  it('lists every module in its source language, in course order', () => {
    const all = listModules();
    expect(all).toHaveLength(8);
    expect(all.every((entry) => entry.language === 'en' && !entry.isFallback && !entry.outdated)).toBe(true);
    expect(all.map((entry) => entry.module.track)).toEqual([
      ...Array(4).fill('stakeholders'),
      ...Array(4).fill('regional_staff'),
    ]);
  });

  it('filters by track and language, with an optional fallback', () => {
    const ca = listModules({ track: 'regional_staff', language: 'ca' });
    expect(ca.map((entry) => entry.module.slug)).toEqual([
      'intercultural-communication',
      'trauma-informed-practice',
      'health-literacy',
      'monitoring-evaluation',
    ]);
    expect(
      ca.every((entry) => entry.module.language === 'ca' && entry.module.track === 'regional_staff'),
    ).toBe(true);
    expect(listModules({ language: 'es' })).toEqual([]);
    const es = listModules({ language: 'es', fallback: ['ca'] });
    expect(es).toHaveLength(8);
    expect(
      es.every((entry) => entry.isFallback && entry.language === 'ca' && entry.requestedLanguage === 'es'),
    ).toBe(true);
  });
});

describe('getModule', () => {
  it('returns the module in the requested language', () => {
    const found = getModule('health-literacy', 'ca');
    expect(found).toMatchObject({
      language: 'ca',
      requestedLanguage: 'ca',
      isFallback: false,
      outdated: false,
      source: { language: 'en', version: '1.0.0' },
      file: 'content/regional_staff/health-literacy/ca.md',
    });
    expect(found?.module.title).toBe('Alfabetització en salut amb comunicadors cívics i de salut');
    expect(found?.module.translatedFrom).toEqual({ language: 'en', version: '1.0.0' });
  });

  it('falls back to English when the language is missing', () => {
    const found = getModule('mipex-r-results', 'es');
    expect(found).toMatchObject({
      language: 'en',
      requestedLanguage: 'es',
      isFallback: true,
      outdated: false,
    });
    expect(found?.module.language).toBe('en');
    expect(getModule('mipex-r-results', 'es', { fallback: ['ca', 'en'] })?.language).toBe('ca');
    expect(getModule('mipex-r-results', 'es', { fallback: [] })).toBeUndefined();
    expect(getModule('no-such-module', 'en')).toBeUndefined();
  });

  it('tells languages and translation status', () => {
    expect(moduleLanguages('swot-priorities')).toEqual(['en', 'ca']);
    expect(moduleLanguages('no-such-module')).toEqual([]);
    expect(translationStatus('swot-priorities').map((s) => [s.language, s.isSource, s.outdated])).toEqual([
      ['en', true, false],
      ['ca', false, false],
    ]);
  });

  it('serves the bundled content without reading files', () => {
    expect(bundledContent().modules).toHaveLength(16);
    expect(bundledContent().tracks).toHaveLength(2);
  });
});
