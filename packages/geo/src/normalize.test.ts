import { describe, expect, it } from 'vitest';
import { foldText, searchableNames } from './normalize.js';

describe('foldText', () => {
  it('strips accents and case, and folds letters without decomposition', () => {
    expect(foldText('Skåne län')).toBe('skane lan');
    expect(foldText('Cataluña')).toBe('cataluna');
    expect(foldText('Região Autónoma dos Açores')).toBe('regiao autonoma dos acores');
    expect(foldText('Østjylland')).toBe('ostjylland');
    expect(foldText('Łódzkie')).toBe('lodzkie');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Ελλάδα')).toBe('ελλαδα');
    expect(foldText('İstanbul')).toBe('istanbul');
  });

  it('turns punctuation into single spaces', () => {
    expect(foldText('Provence-Alpes-Côte d’Azur')).toBe('provence alpes cote d azur');
    expect(foldText('  Arr. de Bruxelles-Capitale/Arr. Brussel-Hoofdstad ')).toBe(
      'arr de bruxelles capitale arr brussel hoofdstad',
    );
    expect(foldText(' -/ ')).toBe('');
  });
});

describe('searchableNames', () => {
  it('adds each part of a bilingual name', () => {
    expect(
      searchableNames('Région de Bruxelles-Capitale/ Brussels Hoofdstedelijk Gewest', 'Cataluña'),
    ).toEqual([
      'region de bruxelles capitale brussels hoofdstedelijk gewest',
      'region de bruxelles capitale',
      'brussels hoofdstedelijk gewest',
      'cataluna',
    ]);
    expect(searchableNames('Skåne län', 'Skåne län')).toEqual(['skane lan']);
  });
});
