import { describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';

const registry = createRegistry();
const found = (query: string, options?: Parameters<typeof registry.search>[1]) =>
  registry.search(query, options).map((hit) => hit.region.code);

describe('search', () => {
  it('ignores accents and case', () => {
    expect(found('skane')[0]).toBe('SE224');
    expect(found('SKÅNE')[0]).toBe('SE224');
    expect(found('cataluna')[0]).toBe('ES51');
    expect(found('Cataluña')[0]).toBe('ES51');
    expect(found('acores')).toContain('PT20');
    expect(found('puglia')[0]).toBe('ITF4');
  });

  it('finds Brussels by its French and Dutch names', () => {
    expect(found('bruxelles').slice(0, 3)).toEqual(['BE1', 'BE10', 'BE100']);
    expect(found('brussels')).toEqual(expect.arrayContaining(['BE1', 'BE10']));
    expect(found('Brussel')).toContain('BE100');
  });

  it('searches native names too, in any script', () => {
    expect(found('Ελλάδα')[0]).toBe('EL');
    expect(found('ελλαδα')[0]).toBe('EL');
    expect(found('elláda')[0]).toBe('EL');
    expect(found('България')[0]).toBe('BG');
  });

  it('folds letters that carry no separate accent', () => {
    expect(found('Ostjylland').length + found('Østjylland').length).toBeGreaterThan(0);
    expect(found('Østjylland')).toEqual(found('ostjylland'));
    expect(found('lodzkie')).toContain('PL71');
  });

  it('ranks exact over prefix over word-prefix over substring', () => {
    const hits = registry.search('murcia', { limit: 50 });
    expect(hits[0]).toMatchObject({ match: 'exact', region: { code: 'ES620' } });
    expect(hits.find((hit) => hit.region.code === 'ES62')?.match).toBe('word-prefix');
    const order = ['exact', 'prefix', 'word-prefix', 'substring', 'words'];
    const ranks = hits.map((hit) => order.indexOf(hit.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const lands = registry.search('land', { limit: 500 });
    const kinds = new Set(lands.map((hit) => hit.match));
    expect(kinds.has('prefix')).toBe(true);
    expect(kinds.has('substring')).toBe(true);
    const firstSubstring = lands.findIndex((hit) => hit.match === 'substring');
    expect(lands.slice(firstSubstring).every((hit) => hit.match === 'substring')).toBe(true);
  });

  it('matches words in any order after the other kinds', () => {
    const hits = registry.search('capitale bruxelles');
    expect(hits[0]).toMatchObject({ match: 'words', region: { code: 'BE1' } });
  });

  it('finds exact codes, and code prefixes when the query has a digit', () => {
    expect(found('es51')[0]).toBe('ES51');
    expect(registry.search('ES51')[0]?.match).toBe('exact');
    expect(found('ES51', { limit: 10 })).toEqual(['ES51', 'ES511', 'ES512', 'ES513', 'ES514']);
    expect(found('dea')).not.toContain('DEA1');
  });

  it('filters by country and level and respects the limit', () => {
    expect(found('a', { limit: 5 })).toHaveLength(5);
    expect(found('a', { limit: 0 })).toEqual([]);
    const swedish = registry.search('a', { country: 'SE', level: 3, limit: 100 });
    expect(swedish.length).toBeGreaterThan(5);
    expect(swedish.every((hit) => hit.region.country === 'SE' && hit.region.level === 3)).toBe(true);
    expect(found('thessalia', { country: 'GR' })).toContain('EL61');
    expect(found('cataluna', { level: [2, 3] })).toEqual(['ES51']);
    expect(found('cataluna', { level: 3 })).toEqual([]);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(found('')).toEqual([]);
    expect(found('  -/ ')).toEqual([]);
    expect(found('zzqx')).toEqual([]);
  });
});
