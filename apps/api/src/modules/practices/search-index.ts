import { PRACTICE_FACETS, type PracticeFilter } from '@regin/api-contract';
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

const FACETS = PRACTICE_FACETS;
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

/** A typed array that doubles when full; `data` beyond `length` is unused. */
class GrowableArray<T extends Int32Array | Float32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly allocate: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.allocate(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

type IntList = GrowableArray<Int32Array>;
const intList = (capacity = 4): IntList =>
  new GrowableArray(new Int32Array(capacity), (size) => new Int32Array(size));
const float32List = (capacity = 4) =>
  new GrowableArray(new Float32Array(capacity), (size) => new Float32Array(size));
const floatList = (capacity = 1024) =>
  new GrowableArray(new Float64Array(capacity), (size) => new Float64Array(size));

/** A code per distinct value. */
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

/** Each document's list of codes: offsets into one pool (`starts` holds one more entry than documents). */
class MultiColumn {
  readonly starts = intList(1024);
  readonly pool = intList(4096);
  constructor() {
    this.starts.push(0);
  }
  append(codes: readonly number[]): void {
    for (const code of codes) this.pool.push(code);
    this.starts.push(this.pool.length);
  }
}

/** Reusable bit sets (one byte per document): a search allocates none once warm, so it causes no GC pause. */
class BitPool {
  private free: Uint8Array[] = [];
  take(size: number): Uint8Array {
    let bits = this.free.pop();
    if (!bits || bits.length < size) bits = new Uint8Array(Math.ceil(Math.max(size, 1024) * 1.25));
    bits.fill(0, 0, size);
    return bits;
  }
  give(bits: Uint8Array): void {
    this.free.push(bits);
  }
}

/** Documents containing one lexeme, in document order, each with its packed positions in the pool. */
interface Postings {
  docs: IntList;
  /** Offset into the position pool: pool[at] is the count, the positions follow. */
  at: IntList;
  /** Sum of the weights of the document's positions (read in order, unlike the pool). */
  weight: GrowableArray<Float32Array>;
}

/** Relevance weight per weight code (D, C, B, A), as ts_rank's defaults. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0] as const;
/**
 * Added once when the words of a multi-word query stand together: more than a second mention in the body
 * (0.2), less than the words in the title (1.0 each), so a title match still ranks first.
 */
const ADJACENCY_BONUS = 0.5;

class InvertedIndex {
  readonly terms = new Map<string, Postings>();
  readonly pool = intList(1 << 16);

  add(doc: number, vectorText: string): void {
    const { lexemes, positions } = parseTsVector(vectorText);
    for (const [i, lexeme] of lexemes.entries()) {
      let postings = this.terms.get(lexeme);
      if (!postings) {
        postings = { docs: intList(), at: intList(), weight: float32List() };
        this.terms.set(lexeme, postings);
      }
      postings.docs.push(doc);
      postings.at.push(this.pool.length);
      const packed = positions[i] as number[];
      this.pool.push(packed.length);
      let weight = packed.length === 0 ? WEIGHTS[0] : 0;
      for (const position of packed) {
        this.pool.push(position);
        weight += WEIGHTS[position >> 14] as number;
      }
      postings.weight.push(weight);
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

  /**
   * Documents (bit set over `size` documents, taken from `pool`) that satisfy the query, as
   * `tsvector @@ tsquery` decides.
   */
  evaluate(node: TsQueryNode, size: number, pool: BitPool): Uint8Array {
    switch (node.op) {
      case 'term': {
        const bits = pool.take(size);
        for (const postings of this.lookup(node)) {
          if (node.weights === 0) setBits(bits, postings.docs.data, postings.docs.length);
          else
            for (let i = 0; i < postings.docs.length; i++)
              if (this.positionsAt(postings.at.data[i] as number, node.weights).length)
                bits[postings.docs.data[i] as number] = 1;
        }
        return bits;
      }
      case 'not': {
        const bits = this.evaluate(node.arg, size, pool);
        invert(bits, size);
        return bits;
      }
      case 'and':
      case 'or': {
        const left = this.evaluate(node.left, size, pool);
        const right = this.evaluate(node.right, size, pool);
        if (node.op === 'and')
          for (let i = 0; i < size; i++) left[i] = (left[i] as number) & (right[i] as number);
        else for (let i = 0; i < size; i++) left[i] = (left[i] as number) | (right[i] as number);
        pool.give(right);
        return left;
      }
      case 'phrase': {
        // Both sides present first (cheap); positions are then compared for those documents only. A phrase
        // over something other than words and phrases stays "both sides present".
        const both = this.evaluate({ op: 'and', left: node.left, right: node.right }, size, pool);
        const ends = this.phraseEnds(node, both);
        if (!ends) return both;
        both.fill(0, 0, size);
        for (const doc of ends.keys()) both[doc] = 1;
        return both;
      }
    }
  }

  /**
   * For a word or a chain of phrase operators (what a quoted phrase becomes), the documents where it occurs
   * and the position of its last word there; null for other shapes.
   */
  private phraseEnds(node: TsQueryNode, within: Uint8Array): Map<number, number[]> | null {
    if (node.op === 'term') {
      const ends = new Map<number, number[]>();
      for (const postings of this.lookup(node)) {
        for (let i = 0; i < postings.docs.length; i++) {
          const doc = postings.docs.data[i] as number;
          if (!within[doc]) continue;
          const positions = this.positionsAt(postings.at.data[i] as number, node.weights);
          if (positions.length === 0) continue;
          ends.set(doc, [...(ends.get(doc) ?? []), ...positions]);
        }
      }
      return ends;
    }
    if (node.op !== 'phrase') return null;
    const left = this.phraseEnds(node.left, within);
    const right = node.right.op === 'term' ? this.phraseEnds(node.right, within) : null;
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

  /**
   * Adds `factor` to each matched document where the words of a plain AND query ("social housing") stand next
   * to each other in the query's order: the proximity that `ts_rank_cd` rewarded in the SQL ranking.
   */
  scoreAdjacency(node: TsQueryNode, factor: number, scores: Float64Array, matched: Uint8Array): void {
    const terms = andedTerms(node);
    if (!terms || terms.length < 2) return;
    let chain: TsQueryNode = terms[0] as TsQueryNode;
    for (const term of terms.slice(1)) chain = { op: 'phrase', distance: 1, left: chain, right: term };
    const ends = this.phraseEnds(chain, matched);
    if (!ends) return;
    for (const doc of ends.keys()) scores[doc] = (scores[doc] as number) + factor;
  }

  /** Adds each matching document's relevance for the query's words, times `factor`. */
  score(node: TsQueryNode, factor: number, scores: Float64Array, matched: Uint8Array): void {
    for (const term of positiveTerms(node)) {
      for (const postings of this.lookup(term)) {
        if (term.weights === 0)
          addWeights(postings.docs.data, postings.weight.data, postings.docs.length, factor, matched, scores);
        else {
          // Only the positions of the asked-for weights count (`:A` queries; websearch syntax has none).
          for (let i = 0; i < postings.docs.length; i++) {
            const doc = postings.docs.data[i] as number;
            if (!matched[doc]) continue;
            let sum = 0;
            const at = postings.at.data[i] as number;
            for (let j = 1; j <= (this.pool.data[at] as number); j++) {
              const code = (this.pool.data[at + j] as number) >> 14;
              if (term.weights & (1 << code)) sum += WEIGHTS[code] as number;
            }
            scores[doc] = (scores[doc] as number) + factor * sum;
          }
        }
      }
    }
  }
}

/** The words of a query made only of words joined by AND, in the query's order; null for any other shape. */
function andedTerms(node: TsQueryNode): Extract<TsQueryNode, { op: 'term' }>[] | null {
  if (node.op === 'term') return [node];
  if (node.op !== 'and') return null;
  const left = andedTerms(node.left);
  const right = left && andedTerms(node.right);
  return left && right ? [...left, ...right] : null;
}

// The loops below are module functions with typed-array arguments so that V8 optimises each one on its own
// (inside one large method they were de-optimised again and again and ran 20-40 times slower).

/** scores[doc] += factor × the posting's weight, for matched documents. */
function addWeights(
  docs: Int32Array,
  weights: Float32Array,
  length: number,
  factor: number,
  matched: Uint8Array,
  scores: Float64Array,
): void {
  for (let i = 0; i < length; i++) {
    const doc = docs[i] as number;
    if (matched[doc]) scores[doc] = (scores[doc] as number) + factor * (weights[i] as number);
  }
}

function setBits(bits: Uint8Array, docs: Int32Array, length: number): void {
  for (let i = 0; i < length; i++) bits[docs[i] as number] = 1;
}

function orInto(target: Uint8Array, source: Uint8Array, size: number): void {
  for (let i = 0; i < size; i++) target[i] = (target[i] as number) | (source[i] as number);
}

function andInto(target: Uint8Array, source: Uint8Array, size: number): void {
  for (let i = 0; i < size; i++) target[i] = (target[i] as number) & (source[i] as number);
}

function invert(bits: Uint8Array, size: number): void {
  for (let i = 0; i < size; i++) bits[i] = bits[i] ? 0 : 1;
}

/** The positions of the set bits. */
function listOf(bits: Uint8Array, size: number): Int32Array {
  let count = 0;
  for (let i = 0; i < size; i++) count += bits[i] as number;
  const list = new Int32Array(count);
  for (let i = 0, at = 0; i < size; i++) if (bits[i]) list[at++] = i;
  return list;
}

function countCodes(counts: Int32Array, starts: Int32Array, pool: Int32Array, doc: number): void {
  const end = starts[doc + 1] as number;
  for (let i = starts[doc] as number; i < end; i++) {
    const code = pool[i] as number;
    counts[code] = (counts[code] as number) + 1;
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

function isMulti(facet: Facet): facet is MultiFacet {
  return facet in MULTI_FACETS;
}

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

/** A uuid's first 48 bits as a number: ties by id compare numbers, and strings only when those are equal. */
function idPrefix(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

interface Condition {
  facet: Facet | 'bbox';
  test: (doc: number) => boolean;
  /** Adds the document's values of this condition's facet to the counts (none for the bounding box). */
  count: (counts: Int32Array, doc: number) => void;
}

export class PracticeSearchIndex {
  private documents = 0;
  private readonly ids: string[] = [];
  private readonly idKey = floatList();
  private readonly ordOf = new Map<string, number>();
  private alive = new Uint8Array(1024);
  private liveCount = 0;
  /** Minus the publication time (ms), +Infinity without one: ascending order is "newest first". */
  private readonly newestKey = floatList();
  private readonly lat = floatList();
  private readonly lon = floatList();
  /** The first region code, for the region sort; ranks of the distinct codes computed when needed. */
  private readonly regionKeys = new Dictionary();
  private readonly regionKey = intList(1024);
  private regionOrder: { rank: Float64Array; sorted: string[] } | null = null;
  /** Every facet value (and region-scope code) has one code, `facet` NUL `value`. */
  private readonly values = new Dictionary();
  private readonly valueFacet: (Facet | null)[] = [];
  private readonly regionScope = new MultiColumn();
  private readonly multi = Object.fromEntries(
    Object.keys(MULTI_FACETS).map((facet) => [facet, new MultiColumn()]),
  ) as Record<MultiFacet, MultiColumn>;
  private readonly single = Object.fromEntries(
    SINGLE_FACETS.map((facet) => [facet, intList(1024)]),
  ) as Record<SingleFacet, IntList>;
  /** All of a document's facet value codes together: one loop counts every facet. */
  private readonly allValues = new MultiColumn();
  private readonly source = new InvertedIndex();
  private readonly english = new InvertedIndex();
  private readonly simple = new InvertedIndex();
  private readonly bits = new BitPool();
  private scratchScores = new Float64Array(0);
  /** Facet counts with no query and no filter, until the next change. */
  private unfilteredFacets: IndexSearchResult['facets'] | null = null;

  get size(): number {
    return this.liveCount;
  }

  /** More than a quarter of the documents are replaced or removed ones: rebuilding would halve the work. */
  get compactionDue(): boolean {
    return this.documents > 1000 && this.documents - this.liveCount > this.documents / 4;
  }

  private code(facet: Facet | 'regionScope', value: string): number {
    const before = this.values.values.length;
    const code = this.values.code(`${facet}\u0000${value}`);
    if (code === before) this.valueFacet.push(facet === 'regionScope' ? null : facet);
    return code;
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
    this.idKey.push(idPrefix(practice.id));
    this.ordOf.set(practice.id, doc);
    this.newestKey.push(practice.publishedAt === null ? Number.POSITIVE_INFINITY : -practice.publishedAt);
    this.lat.push(practice.lat ?? Number.NaN);
    this.lon.push(practice.lon ?? Number.NaN);
    this.regionKey.push(this.regionKeys.code(practice.regionCodes[0] ?? ''));
    this.regionOrder = null;
    this.regionScope.append(practice.regionScope.map((code) => this.code('regionScope', code)));
    const all: number[] = [];
    for (const [facet, field] of Object.entries(MULTI_FACETS) as [MultiFacet, keyof IndexedPractice][]) {
      const codes = [...new Set(practice[field] as string[])].map((value) => this.code(facet, value));
      this.multi[facet].append(codes);
      all.push(...codes);
    }
    const singles: Record<SingleFacet, string | null> = {
      result: practice.result,
      status: practice.status,
      authorityRole: practice.authorityRole,
      year: practice.year === null ? null : String(practice.year),
    };
    for (const facet of SINGLE_FACETS) {
      const value = singles[facet];
      const code = value === null ? -1 : this.code(facet, value);
      this.single[facet].push(code);
      if (code >= 0) all.push(code);
    }
    this.allValues.append(all);
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

  /** The live documents the text matches; with `scores`, adds their relevance there, negated. */
  private match(text: ParsedTextQuery, size: number, scores: Float64Array | null): Int32Array {
    const matched = this.bits.take(size);
    // The simple vector counts half, as in the SQL ranking this replaced.
    const parts: [InvertedIndex, TsQueryNode | null, number][] = [
      [this.source, text.source, 1],
      [this.english, text.english, 1],
      [this.simple, text.simple, 0.5],
    ];
    for (const [index, node] of parts) {
      if (!node) continue;
      const bits = index.evaluate(node, size, this.bits);
      orInto(matched, bits, size);
      this.bits.give(bits);
    }
    andInto(matched, this.alive, size);
    const candidates = listOf(matched, size);
    // Negated so that ascending order is "most relevant first".
    if (scores)
      for (const [index, node, factor] of parts) {
        if (!node) continue;
        index.score(node, -factor, scores, matched);
        index.scoreAdjacency(node, -factor * ADJACENCY_BONUS, scores, matched);
      }
    this.bits.give(matched);
    return candidates;
  }

  /** One test per active filter: OR within a facet, AND across facets; the bounding box is not a facet. */
  private conditions(filter: PracticeFilter): Condition[] {
    const conditions: Condition[] = [];
    // A lookup table over the value codes: 1 for the values asked for.
    const wantedCodes = (facet: Facet | 'regionScope', values: readonly string[]) => {
      const wanted = new Uint8Array(this.values.values.length);
      for (const value of values) {
        const code = this.values.codes.get(`${facet}\u0000${value}`);
        if (code !== undefined) wanted[code] = 1;
      }
      return wanted;
    };
    const anyOf = (column: MultiColumn, wanted: Uint8Array) => {
      const starts = column.starts.data;
      const pool = column.pool.data;
      return (doc: number) => {
        const end = starts[doc + 1] as number;
        for (let i = starts[doc] as number; i < end; i++) if (wanted[pool[i] as number]) return true;
        return false;
      };
    };
    for (const facet of FACETS) {
      const values = filter[facet];
      if (!values?.length) continue;
      const count = this.counter(facet);
      if (facet === 'region')
        conditions.push({ facet, count, test: anyOf(this.regionScope, wantedCodes('regionScope', values)) });
      else if (isMulti(facet))
        conditions.push({ facet, count, test: anyOf(this.multi[facet], wantedCodes(facet, values)) });
      else {
        const wanted = wantedCodes(facet, values);
        const codes = this.single[facet].data;
        conditions.push({
          facet,
          count,
          test: (doc) => {
            const code = codes[doc] as number;
            return code >= 0 && wanted[code] === 1;
          },
        });
      }
    }
    if (filter.bbox) {
      const [minLon, minLat, maxLon, maxLat] = filter.bbox;
      const lon = this.lon.data;
      const lat = this.lat.data;
      // NaN (no location) fails every comparison, as NULL fails BETWEEN.
      conditions.push({
        facet: 'bbox',
        count: () => {},
        test: (doc) =>
          (lon[doc] as number) >= minLon &&
          (lon[doc] as number) <= maxLon &&
          (lat[doc] as number) >= minLat &&
          (lat[doc] as number) <= maxLat,
      });
    }
    return conditions;
  }

  /** A function adding one document's values of one facet to a counts array. */
  private counter(facet: Facet): (counts: Int32Array, doc: number) => void {
    if (isMulti(facet)) {
      const column = this.multi[facet];
      const starts = column.starts.data;
      const pool = column.pool.data;
      return (counts, doc) => countCodes(counts, starts, pool, doc);
    }
    const codes = this.single[facet].data;
    return (counts, doc) => {
      const code = codes[doc] as number;
      if (code >= 0) counts[code] = (counts[code] as number) + 1;
    };
  }

  search(request: IndexSearch): IndexSearchResult {
    const size = this.documents;
    const { text } = request;
    let candidates: Int32Array | null = null;
    let primary: Float64Array;
    if (request.sort === 'newest') primary = this.newestKey.data;
    else if (request.sort === 'region') primary = this.regionRanks().rank;
    else {
      if (this.scratchScores.length < size)
        this.scratchScores = new Float64Array(Math.max(size, 1024) * 1.25);
      primary = this.scratchScores;
    }

    if (text) candidates = this.match(text, size, request.sort === 'relevance' ? primary : null);

    const conditions = this.conditions(request.filter);
    const useStoredFacets = !text && conditions.length === 0 && this.unfilteredFacets !== null;
    const counts = new Int32Array(this.values.values.length);
    const page = new PageCollector(request.limit, primary, this.idKey.data, this.ids, this.cursorOf(request));
    const total = this.scan(candidates, size, conditions, counts, page, !useStoredFacets);
    const pageItems = page
      .result()
      .map((doc) => ({ id: this.ids[doc] as string, sortKey: this.sortKeyOf(request.sort, doc, primary) }));
    // The score buffer is reused by the next search.
    if (candidates && request.sort === 'relevance') for (const doc of candidates) primary[doc] = 0;

    let facets: IndexSearchResult['facets'];
    if (useStoredFacets && this.unfilteredFacets) facets = this.unfilteredFacets;
    else {
      facets = this.listCounts(counts);
      if (!text && conditions.length === 0) this.unfilteredFacets = facets;
    }
    return {
      page: pageItems,
      total,
      facets,
    };
  }

  /**
   * Visits the candidates (all live documents without a text query): those passing every filter go to the
   * page and the total and count for every facet; those failing exactly one facet's filter count for that
   * facet only. Returns the total.
   */
  private scan(
    candidates: Int32Array | null,
    size: number,
    conditions: Condition[],
    counts: Int32Array,
    page: PageCollector,
    countFacets: boolean,
  ): number {
    const allStarts = this.allValues.starts.data;
    const allPool = this.allValues.pool.data;
    const alive = this.alive;
    let total = 0;
    const count = candidates ? candidates.length : size;
    for (let n = 0; n < count; n++) {
      const doc = candidates ? (candidates[n] as number) : n;
      if (!candidates && !alive[doc]) continue;
      let failed: Condition | null = null;
      let failures = 0;
      for (const condition of conditions) {
        if (!condition.test(doc)) {
          failed = condition;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) {
        total++;
        page.offer(doc);
        if (countFacets) countCodes(counts, allStarts, allPool, doc);
      } else if (failures === 1 && failed) {
        // A document only its own facet's filter excludes still counts there (OR within a facet).
        failed.count(counts, doc);
      }
    }
    return total;
  }

  /** The cursor as a position in the sort's ascending order (primary key, id prefix, id). */
  private cursorOf(request: IndexSearch): CursorPosition | null {
    const { cursor, sort } = request;
    if (!cursor) return null;
    let primary: number;
    if (sort === 'newest') {
      primary =
        cursor.k === null
          ? Number.POSITIVE_INFINITY
          : -Date.parse(String(cursor.k)) || Number.POSITIVE_INFINITY;
    } else if (sort === 'region') {
      // A code no practice has any more sits between the ranks around it.
      const { sorted } = this.regionRanks();
      const key = String(cursor.k ?? '');
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((sorted[mid] as string) < key) low = mid + 1;
        else high = mid;
      }
      primary = sorted[low] === key ? low : low - 0.5;
    } else {
      primary = -Number(cursor.k ?? 0);
    }
    return { primary, idKey: idPrefix(cursor.id), id: cursor.id };
  }

  private sortKeyOf(sort: Sort, doc: number, primary: Float64Array): number | string | null {
    if (sort === 'newest') {
      const key = primary[doc] as number;
      return key === Number.POSITIVE_INFINITY ? null : new Date(-key).toISOString();
    }
    if (sort === 'region') return this.regionKeys.values[this.regionKey.data[doc] as number] as string;
    return -(primary[doc] as number) || 0;
  }

  /** Each document's rank of its region key among the distinct keys (code-point order). */
  private regionRanks(): { rank: Float64Array; sorted: string[] } {
    if (this.regionOrder && this.regionOrder.rank.length >= this.documents) return this.regionOrder;
    const sorted = [...this.regionKeys.values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rankOfCode = new Float64Array(sorted.length);
    for (const [rank, key] of sorted.entries()) rankOfCode[this.regionKeys.codes.get(key) as number] = rank;
    const rank = new Float64Array(this.documents);
    for (let doc = 0; doc < this.documents; doc++)
      rank[doc] = rankOfCode[this.regionKey.data[doc] as number] as number;
    this.regionOrder = { rank, sorted };
    return this.regionOrder;
  }

  /** Values with their counts per facet, most frequent first, then by value (code points, same on every server). */
  private listCounts(counts: Int32Array): IndexSearchResult['facets'] {
    const facets = Object.fromEntries(
      FACETS.map((facet) => [facet, []]),
    ) as unknown as IndexSearchResult['facets'];
    for (let code = 0; code < counts.length; code++) {
      const count = counts[code] as number;
      const facet = this.valueFacet[code];
      if (count > 0 && facet) {
        const key = this.values.values[code] as string;
        facets[facet].push({ value: key.slice(key.indexOf('\u0000') + 1), count });
      }
    }
    for (const facet of FACETS)
      facets[facet].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return facets;
  }
}

interface CursorPosition {
  primary: number;
  idKey: number;
  id: string;
}

/**
 * Keeps the first `limit` documents after the cursor in ascending (primary key, id) order, in a bounded
 * max-heap: a page of 21 out of 100,000 without sorting them all.
 */
class PageCollector {
  private readonly heap: number[] = [];

  constructor(
    private readonly capacity: number,
    private readonly primary: Float64Array,
    private readonly idKey: Float64Array,
    private readonly ids: string[],
    private readonly cursor: CursorPosition | null,
  ) {}

  /** Negative when document `a` sorts before `b`. NaN differences (two infinities) fall through to the id. */
  private compare(a: number, b: number): number {
    const byPrimary = (this.primary[a] as number) - (this.primary[b] as number);
    if (byPrimary) return byPrimary;
    const byId = (this.idKey[a] as number) - (this.idKey[b] as number);
    if (byId) return byId;
    const idA = this.ids[a] as string;
    const idB = this.ids[b] as string;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  private afterCursor(doc: number): boolean {
    const cursor = this.cursor;
    if (!cursor) return true;
    const primary = this.primary[doc] as number;
    if (primary !== cursor.primary) return primary > cursor.primary;
    const idKey = this.idKey[doc] as number;
    if (idKey !== cursor.idKey) return idKey > cursor.idKey;
    return (this.ids[doc] as string) > cursor.id;
  }

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

  result(): number[] {
    return [...this.heap].sort((a, b) => this.compare(a, b));
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
