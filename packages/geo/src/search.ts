import { foldText, searchableNames } from './normalize.js';
import type { GeoRegion, RegionLevel } from './types.js';

/** How a name matched, best first. `words`: every word of the query starts a word of the name, in any order. */
export type SearchMatch = 'exact' | 'prefix' | 'word-prefix' | 'substring' | 'words';

const MATCH_ORDER: readonly SearchMatch[] = ['exact', 'prefix', 'word-prefix', 'substring', 'words'];

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only regions of this country (`GR`/`GB` are read as NUTS `EL`/`UK`). */
  country?: string;
  /** Only regions at this level or these levels. */
  level?: RegionLevel | readonly RegionLevel[];
}

export interface RegionSearchHit {
  region: GeoRegion;
  match: SearchMatch;
  /** The folded name (or code) that matched. */
  matched: string;
}

/** A region with its names folded once, ready to be matched. */
export interface SearchEntry {
  readonly region: GeoRegion;
  readonly names: readonly string[];
  /** The same names with a leading space, so a word start is `' ' + word`. */
  readonly spacedNames: readonly string[];
  /** All names joined, to rule an entry out with one `includes`. */
  readonly haystack: string;
  readonly code: string;
}

export function searchEntry(region: GeoRegion): SearchEntry {
  const names = searchableNames(region.name, region.nativeName);
  return Object.freeze({
    region,
    names: Object.freeze(names),
    spacedNames: Object.freeze(names.map((name) => ` ${name}`)),
    haystack: names.join('|'),
    code: region.code.toLowerCase(),
  });
}

export interface PreparedQuery {
  readonly folded: string;
  /** The query without spaces, compared with codes. */
  readonly compact: string;
  readonly spaced: string;
  readonly words: readonly string[];
  readonly spacedWords: readonly string[];
  /** Codes match from their start only when the query holds a digit (`es5`), so `dea` does not list DEA*. */
  readonly codePrefix: boolean;
}

export function prepareQuery(query: string): PreparedQuery | undefined {
  const folded = foldText(query);
  if (!folded) return undefined;
  const words = folded.split(' ');
  return {
    folded,
    compact: folded.replaceAll(' ', ''),
    spaced: ` ${folded}`,
    words,
    spacedWords: words.map((word) => ` ${word}`),
    codePrefix: /\d/.test(folded),
  };
}

/** The best match of a query against one entry, as an index into MATCH_ORDER; undefined when nothing matches. */
export function matchEntry(
  entry: SearchEntry,
  query: PreparedQuery,
): { rank: number; matched: string } | undefined {
  if (entry.code === query.compact) return { rank: 0, matched: entry.code };
  let best: { rank: number; matched: string } | undefined;
  if (query.codePrefix && entry.code.startsWith(query.compact)) best = { rank: 1, matched: entry.code };
  const { names, spacedNames, haystack } = entry;
  // Most entries hold neither the query nor all of its words anywhere: one or two scans rule them out.
  if (
    !haystack.includes(query.folded) &&
    (query.words.length < 2 || !query.words.every((w) => haystack.includes(w)))
  ) {
    return best;
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const spaced = spacedNames[i] as string;
    let rank: number;
    if (name === query.folded) rank = 0;
    else if (name.startsWith(query.folded)) rank = 1;
    else if (spaced.includes(query.spaced)) rank = 2;
    else if (name.includes(query.folded)) rank = 3;
    else if (query.words.length > 1 && query.spacedWords.every((word) => spaced.includes(word))) rank = 4;
    else continue;
    if (!best || rank < best.rank || (rank === best.rank && name.length < best.matched.length)) {
      best = { rank, matched: name };
    }
    if (rank === 0) break;
  }
  return best;
}

interface Candidate {
  entry: SearchEntry;
  rank: number;
  matched: string;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.rank - b.rank ||
    a.entry.region.level - b.entry.region.level ||
    a.matched.length - b.matched.length ||
    (a.entry.region.code < b.entry.region.code ? -1 : a.entry.region.code > b.entry.region.code ? 1 : 0)
  );
}

/**
 * Ranks entries against a query: exact > prefix > word-prefix > substring > all words; ties go to the
 * broader region (lower level), then the shorter name, then the code.
 */
export function searchEntries(
  entries: Iterable<SearchEntry>,
  query: string,
  accept: (region: GeoRegion) => boolean,
  limit: number,
): RegionSearchHit[] {
  const prepared = prepareQuery(query);
  if (!prepared || limit <= 0) return [];
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    if (!accept(entry.region)) continue;
    const found = matchEntry(entry, prepared);
    if (found) candidates.push({ entry, rank: found.rank, matched: found.matched });
  }
  candidates.sort(compareCandidates);
  return candidates.slice(0, limit).map(({ entry, rank, matched }) => ({
    region: entry.region,
    match: MATCH_ORDER[rank] as SearchMatch,
    matched,
  }));
}
