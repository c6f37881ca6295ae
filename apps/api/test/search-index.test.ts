import { describe, expect, it } from 'vitest';
import {
  type IndexedPractice,
  type IndexSearch,
  PracticeSearchIndex,
} from '../src/modules/practices/search-index.js';
import { parseTsQuery, parseTsVector, positiveTerms } from '../src/modules/practices/tsquery.js';

describe('tsquery and tsvector text', () => {
  it('parses with PostgreSQL precedence: ! over phrase over & over |', () => {
    expect(parseTsQuery("'a' | 'b' & !'c'")).toEqual({
      op: 'or',
      left: { op: 'term', lexeme: 'a', prefix: false, weights: 0 },
      right: {
        op: 'and',
        left: { op: 'term', lexeme: 'b', prefix: false, weights: 0 },
        right: { op: 'not', arg: { op: 'term', lexeme: 'c', prefix: false, weights: 0 } },
      },
    });
    const phrase = parseTsQuery("'social' <-> 'hous' <2> 'plan' & 'x'");
    expect(phrase).toMatchObject({
      op: 'and',
      left: { op: 'phrase', distance: 2, left: { op: 'phrase', distance: 1 }, right: { lexeme: 'plan' } },
    });
    expect(parseTsQuery("( 'a' | 'b' ) & 'c'")).toMatchObject({ op: 'and', left: { op: 'or' } });
  });

  it('reads quotes, prefixes and weights, and gives null for a query of stop words only', () => {
    expect(parseTsQuery("'it''s':*AB")).toEqual({
      op: 'term',
      lexeme: "it's",
      prefix: true,
      weights: 0b1100,
    });
    expect(parseTsQuery('')).toBeNull();
    expect(() => parseTsQuery("'unterminated")).toThrow(SyntaxError);
    const terms = positiveTerms(parseTsQuery("'a' & !('b' | !'c')") as never).map((term) => term.lexeme);
    expect(terms).toEqual(['a', 'c']);
  });

  it('packs vector positions with their weight as PostgreSQL does (A 3, B 2, C 1, D 0)', () => {
    const vector = parseTsVector("'hous':1A,5B,9 'l''ospitalet':2C 'bare'");
    expect(vector.lexemes).toEqual(['hous', "l'ospitalet", 'bare']);
    expect(vector.positions).toEqual([[1 | (3 << 14), 5 | (2 << 14), 9], [2 | (1 << 14)], []]);
  });
});

const BASE: Omit<IndexedPractice, 'id' | 'vectors'> = {
  publishedAt: Date.UTC(2024, 0, 1),
  regionCodes: ['ES51'],
  regionScope: ['ES', 'ES5', 'ES51'],
  countries: ['ES'],
  policyAreas: ['housing'],
  targetGroups: ['refugees'],
  result: 'successful',
  status: 'ended',
  authorityRole: 'leader',
  criteria: [],
  year: 2024,
  languages: ['en'],
  lat: 41.4,
  lon: 2.2,
};

function doc(id: number, source: string, extra: Partial<IndexedPractice> = {}): IndexedPractice {
  return {
    ...BASE,
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    vectors: { source, english: '', simple: '' },
    ...extra,
  };
}

function query(text: string): NonNullable<IndexSearch['text']> {
  return { source: parseTsQuery(text), english: null, simple: null };
}

function ids(index: PracticeSearchIndex, search: Partial<IndexSearch>): number[] {
  return index
    .search({ filter: { lang: 'en' }, sort: 'relevance', limit: 20, ...search })
    .page.map((item) => Number(item.id.slice(-12)));
}

describe('in-memory practice index', () => {
  it('ranks by the weights of the matching positions: title (A 1.0) over summary (B 0.4) over body (C 0.2)', () => {
    const index = new PracticeSearchIndex();
    index.upsert(doc(1, "'hous':9C"));
    index.upsert(doc(2, "'hous':1A"));
    index.upsert(doc(3, "'hous':4B,7C"));
    index.upsert(doc(4, "'school':1A"));
    const found = index.search({
      filter: { lang: 'en' },
      text: query("'hous'"),
      sort: 'relevance',
      limit: 20,
    });
    expect(found.total).toBe(3);
    expect(found.page.map((item) => Number(item.id.slice(-12)))).toEqual([2, 3, 1]);
    // 1.0; 0.4 + 0.2; 0.2 (stored as 32-bit floats)
    expect(found.page.map((item) => item.sortKey)).toEqual([
      expect.closeTo(1.0, 6),
      expect.closeTo(0.6, 6),
      expect.closeTo(0.2, 6),
    ]);
  });

  it('adds the English vector at full weight and the simple vector at half weight', () => {
    const index = new PracticeSearchIndex();
    index.upsert({ ...doc(1, ''), vectors: { source: '', english: "'hous':1A", simple: "'housing':1A" } });
    const [item] = index.search({
      filter: { lang: 'en' },
      text: { source: null, english: parseTsQuery("'hous'"), simple: parseTsQuery("'housing'") },
      sort: 'relevance',
      limit: 5,
    }).page;
    expect(item?.sortKey).toBeCloseTo(1.0 + 0.5 * 1.0, 6);
  });

  it('ranks the words of a multi-word query higher where they stand together (+0.5), as the query has them', () => {
    const index = new PracticeSearchIndex();
    index.upsert(doc(1, "'social':2C 'hous':3C")); // body, adjacent: 0.2 + 0.2 + 0.5 = 0.9
    index.upsert(doc(2, "'social':2B 'hous':9B")); // summary, apart: 0.4 + 0.4 = 0.8
    index.upsert(doc(3, "'hous':1A 'social':2A")); // title, the other order: 1.0 + 1.0 = 2.0
    index.upsert(doc(4, "'social':1A 'hous':2A")); // title, together: 1.0 + 1.0 + 0.5 = 2.5
    const ranked = (text: string) =>
      index.search({ filter: { lang: 'en' }, text: query(text), sort: 'relevance', limit: 20 }).page;
    const both = ranked("'social' & 'hous'");
    expect(both.map((item) => Number(item.id.slice(-12)))).toEqual([4, 3, 1, 2]);
    expect(both.map((item) => item.sortKey)).toEqual([
      expect.closeTo(2.5, 6),
      expect.closeTo(2.0, 6),
      expect.closeTo(0.9, 6),
      expect.closeTo(0.8, 6),
    ]);
    // Either word (OR) gets no bonus: only the words' own weights.
    const either = ranked("'social' | 'hous'");
    expect(either.find((item) => item.id.endsWith('000000000001'))?.sortKey).toBeCloseTo(0.4, 6);
  });

  it('matches phrases by position, exclusions and OR', () => {
    const index = new PracticeSearchIndex();
    index.upsert(doc(1, "'social':2 'hous':3"));
    index.upsert(doc(2, "'social':2 'hous':5"));
    index.upsert(doc(3, "'social':7 'hous':9 'refuge':1"));
    expect(ids(index, { text: query("'social' <-> 'hous'") })).toEqual([1]);
    expect(ids(index, { text: query("'social' <2> 'hous'"), sort: 'newest' })).toEqual([3]);
    expect(ids(index, { text: query("'hous' & !'refuge'"), sort: 'newest' })).toEqual([1, 2]);
    expect(ids(index, { text: query("'refuge' | 'nothing'") })).toEqual([3]);
    expect(index.search({ filter: { lang: 'en' }, text: query(''), sort: 'relevance', limit: 5 }).total).toBe(
      0,
    );
  });

  it('counts facets for the current query: OR within a facet, AND across facets', () => {
    const index = new PracticeSearchIndex();
    index.upsert(
      doc(1, "'a':1", { policyAreas: ['housing', 'health'], countries: ['ES'], result: 'failed' }),
    );
    index.upsert(doc(2, "'a':1", { policyAreas: ['housing'], countries: ['IT'], result: 'successful' }));
    index.upsert(doc(3, "'a':1", { policyAreas: ['education'], countries: ['ES'], result: 'successful' }));
    index.upsert(doc(4, "'b':1", { policyAreas: ['housing'], countries: ['ES'], result: 'successful' }));
    const found = index.search({
      filter: { lang: 'en', policyArea: ['housing', 'education'], country: ['ES'] },
      text: query("'a'"),
      sort: 'newest',
      limit: 10,
    });
    // Matches of 'a': 1, 2, 3. Passing both filters: 1 (housing, ES) and 3 (education, ES).
    expect(found.total).toBe(2);
    // policyArea counts ignore the policy-area filter: docs 1 and 3 (ES) → housing 1, health 1, education 1.
    expect(found.facets.policyArea).toEqual([
      { value: 'education', count: 1 },
      { value: 'health', count: 1 },
      { value: 'housing', count: 1 },
    ]);
    // country counts ignore the country filter: docs 1, 2, 3 pass the policy-area filter → ES 2, IT 1.
    expect(found.facets.country).toEqual([
      { value: 'ES', count: 2 },
      { value: 'IT', count: 1 },
    ]);
    expect(found.facets.result).toEqual([
      { value: 'failed', count: 1 },
      { value: 'successful', count: 1 },
    ]);
  });

  it('filters a region with its sub-regions, by year and by bounding box (no location: outside)', () => {
    const index = new PracticeSearchIndex();
    index.upsert(doc(1, '', { regionScope: ['ES', 'ES5', 'ES51'] }));
    index.upsert(doc(2, '', { regionScope: ['ES', 'ES6', 'ES61'], year: 2019 }));
    index.upsert(doc(3, '', { regionScope: ['ES', 'ES5', 'ES52'], lat: null, lon: null }));
    const region = (region: string[]) => ids(index, { filter: { lang: 'en', region }, sort: 'newest' });
    expect(region(['ES5'])).toEqual([1, 3]);
    expect(region(['ES61', 'ES51'])).toEqual([1, 2]);
    expect(ids(index, { filter: { lang: 'en', year: ['2019'] }, sort: 'newest' })).toEqual([2]);
    expect(ids(index, { filter: { lang: 'en', bbox: [2, 41, 3, 42] }, sort: 'newest' })).toEqual([1, 2]);
  });

  it('pages with cursors through every sort: each practice once, in order, ties broken by id', () => {
    const index = new PracticeSearchIndex();
    const regions = ['ITF4', 'ES51', 'ES51', 'SE22', 'ES51', 'ITF4', 'AT13'];
    for (const [i, region] of regions.entries()) {
      index.upsert(
        doc(i + 1, i % 2 ? "'hous':1A" : "'hous':1B", {
          regionCodes: [region],
          publishedAt: i === 3 ? null : Date.UTC(2024, 0, 1 + (i % 3)),
        }),
      );
    }
    for (const sort of ['relevance', 'newest', 'region'] as const) {
      const seen: number[] = [];
      let cursor: IndexSearch['cursor'];
      for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
        const found = index.search({
          filter: { lang: 'en' },
          text: query("'hous'"),
          sort,
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        const page = found.page.slice(0, 2);
        seen.push(...page.map((item) => Number(item.id.slice(-12))));
        const last = page.at(-1);
        if (found.page.length <= 2 || !last) break;
        cursor = { k: last.sortKey, id: last.id };
      }
      const all = ids(index, { text: query("'hous'"), sort });
      expect(seen, sort).toEqual(all);
      expect(
        [...seen].sort((a, b) => a - b),
        sort,
      ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
    // region: AT13 (7), ES51 (2, 3, 5), ITF4 (1, 6), SE22 (4)
    expect(ids(index, { text: query("'hous'"), sort: 'region' })).toEqual([7, 2, 3, 5, 1, 6, 4]);
    // newest: 1 Jan + (i mod 3) days; undated (4) last
    expect(ids(index, { text: query("'hous'"), sort: 'newest' })).toEqual([3, 6, 2, 5, 1, 7, 4]);
  });

  it('replaces a changed practice and forgets a removed one, facets included', () => {
    const index = new PracticeSearchIndex();
    index.upsert(doc(1, "'hous':1A", { policyAreas: ['housing'] }));
    index.upsert(doc(2, "'hous':1A", { policyAreas: ['housing'] }));
    index.upsert(doc(1, "'school':1A", { policyAreas: ['education'] }));
    expect(ids(index, { text: query("'hous'") })).toEqual([2]);
    expect(ids(index, { text: query("'school'") })).toEqual([1]);
    index.remove(doc(2, '').id);
    const found = index.search({ filter: { lang: 'en' }, sort: 'newest', limit: 5 });
    expect(found.total).toBe(1);
    expect(found.facets.policyArea).toEqual([{ value: 'education', count: 1 }]);
    expect(index.size).toBe(1);
  });
});
