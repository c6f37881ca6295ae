import type { PracticeFacet, PracticeFilter } from '@regin/api-contract';
import { parseTsVector, positiveTerms, type TsQueryNode } from './tsquery.js';

/**
 * The in-memory side of the practice search: for every published practice, its three stored tsvectors as
 * posting lists and its facet values as columns. PostgreSQL builds the vectors (triggers) and the queries
 * (`websearch_to_tsquery`); this index answers "which practices match, in which order, with which facet
 * counts" in a few milliseconds where SQL needed hundreds at 100,000 practices (apps/api/README.md).
 *
 * Documents are only appended: a changed practice tombstones its old document and appends a new one, so
 * every posting list stays sorted without rewriting. `compactionDue` says when tombstones justify a rebuild.
 */

export const FACETS = [
  'policyArea',
  'country',
  'region',
  'targetGroup',
  'result',
  'status',
  'authorityRole',
  'criteria',
  'year',
  'language',
] as const satisfies readonly PracticeFacet[];
type Facet = (typeof FACETS)[number];

/** The columns of one practice the index keeps (as read from `practices`). */
export interface IndexedPractice {
  id: string;
  publishedAt: number | null;
  regionCodes: string[];
  regionScope: string[];
  countries: string[];
  policyAreas: string[];
  targetGroups: string[];
  result: string | null;
  status: string | null;
  authorityRole: string | null;
  criteria: string[];
  year: number | null;
  languages: string[];
  lat: number | null;
  lon: number | null;
  vectors: { source: string; english: string; simple: string };
}

class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

class FloatList {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** A code per distinct value of one facet. */
class Dictionary {
  readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** Each document's list of codes: offsets into one pool. */
class MultiColumn {
  readonly dictionary = new Dictionary();
  readonly starts = new IntList(1024);
  readonly pool = new IntList(4096);
  append(values: readonly string[]): void {
    this.starts.push(this.pool.length);
    for (const value of values) this.pool.push(this.dictionary.code(value));
  }
  /** Codes of `doc` are pool[start, end). */
  range(doc: number, documents: number): [number, number] {
    const start = this.starts.data[doc] as number;
    const end = doc + 1 < documents ? (this.starts.data[doc + 1] as number) : this.pool.length;
    return [start, end];
  }
}

class SingleColumn {
  readonly dictionary = new Dictionary();
  readonly codes = new IntList(1024);
  append(value: string | null): void {
    this.codes.push(value === null ? -1 : this.dictionary.code(value));
  }
}

/** Documents containing one lexeme, in document order, each with its packed positions in the pool. */
interface Postings {
  docs: IntList;
  /** Offset into the position pool: pool[at] is the count, the positions follow. */
  at: IntList;
}

/** Relevance weight per weight code (D, C, B, A), as ts_rank's defaults. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0] as const;

class InvertedIndex {
  readonly terms = new Map<string, Postings>();
  readonly pool = new IntList(1 << 16);

  add(doc: number, vectorText: string): void {
    const { lexemes, positions } = parseTsVector(vectorText);
    for (const [i, lexeme] of lexemes.entries()) {
      let postings = this.terms.get(lexeme);
      if (!postings) {
        postings = { docs: new IntList(), at: new IntList() };
        this.terms.set(lexeme, postings);
      }
      postings.docs.push(doc);
      postings.at.push(this.pool.length);
      const packed = positions[i] as number[];
      this.pool.push(packed.length);
      for (const position of packed) this.pool.push(position);
    }
  }

  /** The posting lists a query term reads: the lexeme itself, or every lexeme it prefixes (`:*`). */
  lookup(term: Extract<TsQueryNode, { op: 'term' }>): Postings[] {
    if (!term.prefix) {
      const postings = this.terms.get(term.lexeme);
      return postings ? [postings] : [];
    }
    const found: Postings[] = [];
    for (const [lexeme, postings] of this.terms) if (lexeme.startsWith(term.lexeme)) found.push(postings);
    return found;
  }

  /** Positions of the posting at pool offset `at` that carry one of the weights (all when none given). */
  positionsAt(at: number, weights: number): number[] {
    const count = this.pool.data[at] as number;
    const out: number[] = [];
    for (let i = 1; i <= count; i++) {
      const packed = this.pool.data[at + i] as number;
      if (weights === 0 || weights & (1 << (packed >> 14))) out.push(packed & 0x3fff);
    }
    return out;
  }

  /** Sum of the weights of the posting's positions (a lexeme stored without positions counts as D once). */
  weightAt(at: number, weights: number): number {
    const count = this.pool.data[at] as number;
    if (count === 0) return WEIGHTS[0];
    let sum = 0;
    for (let i = 1; i <= count; i++) {
      const code = (this.pool.data[at + i] as number) >> 14;
      if (weights === 0 || weights & (1 << code)) sum += WEIGHTS[code] as number;
    }
    return sum;
  }

  /** Documents (bit set over `size` documents) that satisfy the query, as `tsvector @@ tsquery` decides. */
  evaluate(node: TsQueryNode, size: number): Uint8Array {
    switch (node.op) {
      case 'term': {
        const bits = new Uint8Array(size);
        for (const postings of this.lookup(node)) {
          for (let i = 0; i < postings.docs.length; i++) {
            if (node.weights === 0 || this.positionsAt(postings.at.data[i] as number, node.weights).length)
              bits[postings.docs.data[i] as number] = 1;
          }
        }
        return bits;
      }
      case 'not': {
        const bits = this.evaluate(node.arg, size);
        for (let i = 0; i < size; i++) bits[i] = bits[i] ? 0 : 1;
        return bits;
      }
      case 'and':
      case 'or': {
        const left = this.evaluate(node.left, size);
        const right = this.evaluate(node.right, size);
        if (node.op === 'and')
          for (let i = 0; i < size; i++) left[i] = (left[i] as number) & (right[i] as number);
        else for (let i = 0; i < size; i++) left[i] = (left[i] as number) | (right[i] as number);
        return left;
      }
      case 'phrase': {
        const bits = new Uint8Array(size);
        const ends = this.phraseEnds(node);
        if (ends) {
          for (const doc of ends.keys()) bits[doc] = 1;
          return bits;
        }
        // A phrase over something other than words and phrases: treated as both sides present.
        return this.evaluate({ op: 'and', left: node.left, right: node.right }, size);
      }
    }
  }

  /**
   * For a word or a chain of phrase operators (what a quoted phrase becomes), the documents where it occurs
   * and the position of its last word there; null for other shapes.
   */
  private phraseEnds(node: TsQueryNode): Map<number, number[]> | null {
    if (node.op === 'term') {
      const ends = new Map<number, number[]>();
      for (const postings of this.lookup(node)) {
        for (let i = 0; i < postings.docs.length; i++) {
          const positions = this.positionsAt(postings.at.data[i] as number, node.weights);
          if (positions.length === 0) continue;
          const doc = postings.docs.data[i] as number;
          ends.set(doc, [...(ends.get(doc) ?? []), ...positions]);
        }
      }
      return ends;
    }
    if (node.op !== 'phrase') return null;
    const left = this.phraseEnds(node.left);
    const right = node.right.op === 'term' ? this.phraseEnds(node.right) : null;
    if (!left || !right) return null;
    const ends = new Map<number, number[]>();
    for (const [doc, rightPositions] of right) {
      const leftPositions = left.get(doc);
      if (!leftPositions) continue;
      const starts = new Set(leftPositions);
      const matched = rightPositions.filter((position) => starts.has(position - node.distance));
      if (matched.length) ends.set(doc, matched);
    }
    return ends;
  }

  /** Adds each matching document's relevance for the query's words, times `factor`. */
  score(node: TsQueryNode, factor: number, scores: Float64Array, matched: Uint8Array): void {
    for (const term of positiveTerms(node)) {
      for (const postings of this.lookup(term)) {
        for (let i = 0; i < postings.docs.length; i++) {
          const doc = postings.docs.data[i] as number;
          if (matched[doc])
            scores[doc] =
              (scores[doc] as number) + factor * this.weightAt(postings.at.data[i] as number, term.weights);
        }
      }
    }
  }
}

const MULTI_FACETS = {
  policyArea: 'policyAreas',
  country: 'countries',
  region: 'regionCodes',
  targetGroup: 'targetGroups',
  criteria: 'criteria',
  language: 'languages',
} as const satisfies Partial<Record<Facet, keyof IndexedPractice>>;
const SINGLE_FACETS = ['result', 'status', 'authorityRole', 'year'] as const;
type MultiFacet = keyof typeof MULTI_FACETS;
type SingleFacet = (typeof SINGLE_FACETS)[number];

export type Sort = 'relevance' | 'newest' | 'region';

export interface IndexCursor {
  k: number | string | null;
  id: string;
}

/** The three tsqueries of one search text, parsed (null: the text has no searchable word for that vector). */
export interface ParsedTextQuery {
  source: TsQueryNode | null;
  english: TsQueryNode | null;
  simple: TsQueryNode | null;
}

export interface IndexSearch {
  filter: PracticeFilter;
  text?: ParsedTextQuery;
  sort: Sort;
  limit: number;
  cursor?: IndexCursor;
}

export interface IndexSearchResult {
  /** The page (at most limit + 1, the extra one meaning there is a next page) with each item's sort key. */
  page: { id: string; sortKey: number | string | null }[];
  total: number;
  facets: Record<Facet, { value: string; count: number }[]>;
}

export class PracticeSearchIndex {
  private documents = 0;
  private readonly ids: string[] = [];
  private readonly ordOf = new Map<string, number>();
  private alive = new Uint8Array(1024);
  private liveCount = 0;
  private readonly publishedAt = new FloatList();
  private readonly lat = new FloatList();
  private readonly lon = new FloatList();
  private readonly regionKey: string[] = [];
  private readonly regionScope = new MultiColumn();
  private readonly multi = Object.fromEntries(
    Object.keys(MULTI_FACETS).map((facet) => [facet, new MultiColumn()]),
  ) as Record<MultiFacet, MultiColumn>;
  private readonly single = Object.fromEntries(
    SINGLE_FACETS.map((facet) => [facet, new SingleColumn()]),
  ) as Record<SingleFacet, SingleColumn>;
  private readonly source = new InvertedIndex();
  private readonly english = new InvertedIndex();
  private readonly simple = new InvertedIndex();
  /** Facet counts with no query and no filter, until the next change. */
  private unfilteredFacets: IndexSearchResult['facets'] | null = null;

  get size(): number {
    return this.liveCount;
  }

  /** More than a quarter of the documents are replaced or removed ones: rebuilding would halve the work. */
  get compactionDue(): boolean {
    return this.documents > 1000 && this.documents - this.liveCount > this.documents / 4;
  }

  has(id: string): boolean {
    return this.ordOf.has(id);
  }

  /** Adds a published practice, replacing the one with the same id. */
  upsert(practice: IndexedPractice): void {
    this.remove(practice.id);
    const doc = this.documents++;
    if (doc === this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[doc] = 1;
    this.liveCount++;
    this.ids.push(practice.id);
    this.ordOf.set(practice.id, doc);
    this.publishedAt.push(practice.publishedAt ?? Number.NaN);
    this.lat.push(practice.lat ?? Number.NaN);
    this.lon.push(practice.lon ?? Number.NaN);
    this.regionKey.push(practice.regionCodes[0] ?? '');
    this.regionScope.append(practice.regionScope);
    for (const [facet, field] of Object.entries(MULTI_FACETS) as [MultiFacet, keyof IndexedPractice][])
      this.multi[facet].append(practice[field] as string[]);
    this.single.result.append(practice.result);
    this.single.status.append(practice.status);
    this.single.authorityRole.append(practice.authorityRole);
    this.single.year.append(practice.year === null ? null : String(practice.year));
    this.source.add(doc, practice.vectors.source);
    this.english.add(doc, practice.vectors.english);
    this.simple.add(doc, practice.vectors.simple);
    this.unfilteredFacets = null;
  }

  /** Drops a practice (unpublished, deleted, or about to be replaced); unknown ids are ignored. */
  remove(id: string): void {
    const doc = this.ordOf.get(id);
    if (doc === undefined) return;
    this.ordOf.delete(id);
    this.alive[doc] = 0;
    this.liveCount--;
    this.unfilteredFacets = null;
  }

  /** One test per active filter: OR within a facet, AND across facets; the bounding box is not a facet. */
  private conditions(filter: PracticeFilter): { facet: Facet | 'bbox'; test: (doc: number) => boolean }[] {
    const size = this.documents;
    const conditions: { facet: Facet | 'bbox'; test: (doc: number) => boolean }[] = [];
    const anyOf = (column: MultiColumn, values: readonly string[]) => {
      const wanted = new Set(values.map((value) => column.dictionary.codes.get(value) ?? -1));
      const pool = column.pool.data;
      return (doc: number) => {
        const [start, end] = column.range(doc, size);
        for (let i = start; i < end; i++) if (wanted.has(pool[i] as number)) return true;
        return false;
      };
    };
    const oneOf = (column: SingleColumn, values: readonly string[]) => {
      const wanted = new Set(values.map((value) => column.dictionary.codes.get(value) ?? -2));
      const codes = column.codes.data;
      return (doc: number) => wanted.has(codes[doc] as number);
    };
    for (const facet of FACETS) {
      const values = filter[facet];
      if (!values?.length) continue;
      if (facet === 'region') conditions.push({ facet, test: anyOf(this.regionScope, values) });
      else if (facet in MULTI_FACETS)
        conditions.push({ facet, test: anyOf(this.multi[facet as MultiFacet], values) });
      else conditions.push({ facet, test: oneOf(this.single[facet as SingleFacet], values) });
    }
    if (filter.bbox) {
      const [minLon, minLat, maxLon, maxLat] = filter.bbox;
      const lon = this.lon.data;
      const lat = this.lat.data;
      // NaN (no location) fails every comparison, as NULL fails BETWEEN.
      conditions.push({
        facet: 'bbox',
        test: (doc) =>
          (lon[doc] as number) >= minLon &&
          (lon[doc] as number) <= maxLon &&
          (lat[doc] as number) >= minLat &&
          (lat[doc] as number) <= maxLat,
      });
    }
    return conditions;
  }

  search(request: IndexSearch): IndexSearchResult {
    const size = this.documents;
    const { text } = request;
    let matched: Uint8Array | null = null;
    let scores: Float64Array | null = null;
    if (text) {
      matched = new Uint8Array(size);
      // The simple vector counts half, as in the SQL ranking this replaced.
      const parts: [InvertedIndex, TsQueryNode | null, number][] = [
        [this.source, text.source, 1],
        [this.english, text.english, 1],
        [this.simple, text.simple, 0.5],
      ];
      for (const [index, node] of parts) {
        if (!node) continue;
        const bits = index.evaluate(node, size);
        for (let i = 0; i < size; i++) matched[i] = (matched[i] as number) | (bits[i] as number);
      }
      for (let i = 0; i < size; i++) matched[i] = (matched[i] as number) & (this.alive[i] as number);
      if (request.sort === 'relevance') {
        scores = new Float64Array(size);
        for (const [index, node, factor] of parts) if (node) index.score(node, factor, scores, matched);
      }
    }

    const conditions = this.conditions(request.filter);
    const counts = Object.fromEntries(
      FACETS.map((facet) => [facet, new Int32Array(this.dictionaryOf(facet).values.length)]),
    ) as Record<Facet, Int32Array>;
    const useStoredFacets = !text && conditions.length === 0 && this.unfilteredFacets !== null;
    const page = new PageCollector(request, this.ids, this.publishedAt.data, this.regionKey, scores);
    let total = 0;
    const alive = this.alive;
    for (let doc = 0; doc < size; doc++) {
      if (matched ? !matched[doc] : !alive[doc]) continue;
      let failed: Facet | 'bbox' | null = null;
      let failures = 0;
      for (const condition of conditions) {
        if (!condition.test(doc)) {
          failed = condition.facet;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) {
        total++;
        page.offer(doc);
        if (!useStoredFacets) for (const facet of FACETS) this.countInto(counts[facet], facet, doc);
      } else if (failures === 1 && failed !== 'bbox' && failed !== null) {
        this.countInto(counts[failed], failed, doc);
      }
    }
    let facets: IndexSearchResult['facets'];
    if (useStoredFacets && this.unfilteredFacets) facets = this.unfilteredFacets;
    else {
      facets = Object.fromEntries(
        FACETS.map((facet) => [facet, this.listCounts(facet, counts[facet])]),
      ) as IndexSearchResult['facets'];
      if (!text && conditions.length === 0) this.unfilteredFacets = facets;
    }
    return { page: page.result(), total, facets };
  }

  private dictionaryOf(facet: Facet): Dictionary {
    return facet in MULTI_FACETS
      ? this.multi[facet as MultiFacet].dictionary
      : this.single[facet as SingleFacet].dictionary;
  }

  private countInto(counts: Int32Array, facet: Facet, doc: number): void {
    if (facet in MULTI_FACETS) {
      const column = this.multi[facet as MultiFacet];
      const [start, end] = column.range(doc, this.documents);
      const pool = column.pool.data;
      for (let i = start; i < end; i++) counts[pool[i] as number] = (counts[pool[i] as number] as number) + 1;
    } else {
      const code = this.single[facet as SingleFacet].codes.data[doc] as number;
      if (code >= 0) counts[code] = (counts[code] as number) + 1;
    }
  }

  /** Values with their counts, most frequent first, then by value (code points, the same on every server). */
  private listCounts(facet: Facet, counts: Int32Array) {
    const values = this.dictionaryOf(facet).values;
    const list: { value: string; count: number }[] = [];
    for (let code = 0; code < counts.length; code++)
      if ((counts[code] as number) > 0)
        list.push({ value: values[code] as string, count: counts[code] as number });
    return list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

/**
 * Keeps the first `limit` documents after the cursor in the sort's order (ties by id), in a bounded
 * max-heap: a page of 21 out of 100,000 without sorting them all.
 */
class PageCollector {
  private readonly heap: number[] = [];
  private readonly capacity: number;
  private readonly compare: (a: number, b: number) => number;
  private readonly afterCursor: (doc: number) => boolean;

  constructor(
    request: IndexSearch,
    private readonly ids: string[],
    publishedAt: Float64Array,
    regionKey: string[],
    scores: Float64Array | null,
  ) {
    this.capacity = request.limit;
    const byId = (a: number, b: number) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1);
    const { sort, cursor } = request;
    if (sort === 'newest') {
      // Newest first, practices without a date last.
      const key = (doc: number) => {
        const value = publishedAt[doc] as number;
        return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
      };
      this.compare = (a, b) => key(b) - key(a) || byId(a, b);
      const cursorKey =
        cursor?.k === null || cursor?.k === undefined
          ? Number.NEGATIVE_INFINITY
          : Date.parse(String(cursor.k));
      this.afterCursor = cursor
        ? (doc) => key(doc) < cursorKey || (key(doc) === cursorKey && (ids[doc] as string) > cursor.id)
        : () => true;
    } else if (sort === 'region') {
      this.compare = (a, b) => {
        const ka = regionKey[a] as string;
        const kb = regionKey[b] as string;
        return ka < kb ? -1 : ka > kb ? 1 : byId(a, b);
      };
      const cursorKey = String(cursor?.k ?? '');
      this.afterCursor = cursor
        ? (doc) => {
            const key = regionKey[doc] as string;
            return key > cursorKey || (key === cursorKey && (ids[doc] as string) > cursor.id);
          }
        : () => true;
    } else {
      const score = (doc: number) => (scores ? (scores[doc] as number) : 0);
      this.compare = (a, b) => score(b) - score(a) || byId(a, b);
      const cursorKey = Number(cursor?.k ?? 0);
      this.afterCursor = cursor
        ? (doc) => score(doc) < cursorKey || (score(doc) === cursorKey && (ids[doc] as string) > cursor.id)
        : () => true;
    }
    this.sortKey =
      sort === 'newest'
        ? (doc) => {
            const value = publishedAt[doc] as number;
            return Number.isNaN(value) ? null : new Date(value).toISOString();
          }
        : sort === 'region'
          ? (doc) => regionKey[doc] as string
          : (doc) => (scores ? (scores[doc] as number) : 0);
  }

  private readonly sortKey: (doc: number) => number | string | null;

  offer(doc: number): void {
    if (!this.afterCursor(doc)) return;
    const heap = this.heap;
    if (heap.length < this.capacity) {
      heap.push(doc);
      this.siftUp(heap.length - 1);
    } else if (this.compare(doc, heap[0] as number) < 0) {
      heap[0] = doc;
      this.siftDown(0);
    }
  }

  result(): IndexSearchResult['page'] {
    return [...this.heap]
      .sort(this.compare)
      .map((doc) => ({ id: this.ids[doc] as string, sortKey: this.sortKey(doc) }));
  }

  // The root is the document that sorts last among those kept.
  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i] as number, heap[parent] as number) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && this.compare(heap[left] as number, heap[largest] as number) > 0)
        largest = left;
      if (right < heap.length && this.compare(heap[right] as number, heap[largest] as number) > 0)
        largest = right;
      if (largest === i) return;
      [heap[i], heap[largest]] = [heap[largest] as number, heap[i] as number];
      i = largest;
    }
  }
}
