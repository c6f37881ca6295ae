import type { LocalizedText, PracticeResult } from '@regin/domain';
import { type RegionProfile, strengthsAndWeaknesses } from '@regin/indicators';
import { mean } from '../stats.js';

/** The MIPEX-R axis whose gaps actions address and practices are tagged with. */
const AXIS = 'policy_area';

/** What suggestions read of a practice; the object itself is handed back untouched. */
export interface PracticeLike {
  id: string;
  title: LocalizedText | string;
  regionCodes: readonly string[];
  policyAreas: readonly string[];
  result: PracticeResult;
  /** Filter ratings per criterion (1–5 for practices); their mean breaks ties. */
  ratings?: Readonly<Partial<Record<string, number>>> | undefined;
}

export interface SuggestActionsInput<P extends PracticeLike = PracticeLike> {
  /** Region profiles of one round, from `@regin/indicators` (`scoreAll`, `regionProfile`). */
  profiles: readonly RegionProfile[];
  regionCode: string;
  practices?: readonly P[] | undefined;
  /** How many policy areas to suggest (default 3). */
  count?: number | undefined;
  /** Peer regions per area (default 3). */
  peers?: number | undefined;
  /** Practices to follow per area (default 5) and failed practices to heed (default 3). */
  practicesPerArea?: number | undefined;
  lessonsPerArea?: number | undefined;
}

export interface PeerScore {
  regionCode: string;
  score: number;
}

export interface SuggestedPractice<P extends PracticeLike = PracticeLike> {
  practice: P;
  /** The best-scoring peer region the practice comes from, or null when it comes from elsewhere. */
  peerRegion: string | null;
  reason: string;
}

export interface SuggestedArea<P extends PracticeLike = PracticeLike> {
  policyArea: string;
  /** The region's score in the area, 0–100. */
  score: number;
  /** Mean score of the other regions with a score there; null when none has one. */
  average: number | null;
  /** score − average. */
  difference: number | null;
  reason: string;
  /** Regions scoring higher in the area, best first (at most `peers`). */
  peers: PeerScore[];
  /** Successful practices first, then mixed ones. */
  practices: SuggestedPractice<P>[];
  /** Failed practices in the area: lessons to heed. */
  lessons: SuggestedPractice<P>[];
}

export interface ActionSuggestions<P extends PracticeLike = PracticeLike> {
  regionCode: string;
  round: number;
  /**
   * `weaknesses`: the areas where the region scores below the other regions' average, most below first
   * (`strengthsAndWeaknesses`); `lowest_scores`: it is below average nowhere, so its lowest scores.
   */
  basis: 'weaknesses' | 'lowest_scores';
  areas: SuggestedArea<P>[];
}

const RESULT_ORDER: Record<PracticeResult, number> = { successful: 0, mixed: 1, failed: 2 };

/**
 * From gaps to actions: the region's weakest policy areas, and for each the peer regions that score best
 * there and the practices worth reading.
 *
 * - Areas: `strengthsAndWeaknesses(profiles, regionCode, { axis: 'policy_area', count })` weaknesses;
 *   when there are none, the region's `count` lowest policy-area scores (ties by area id).
 * - Peers: the other regions scoring strictly higher in the area, best first, ties by region code.
 * - Practices: those tagged with the area, other than the region's own (a practice listing the region is
 *   left out: it knows it already). Successful before mixed; then from a peer region (best peer first)
 *   before others; then by mean rating, highest first (unrated last); then by id. Failed practices go to
 *   `lessons` in the same order.
 *
 * Throws `RangeError` when the profiles span several rounds or the region has no profile.
 */
export function suggestActions<P extends PracticeLike>(input: SuggestActionsInput<P>): ActionSuggestions<P> {
  const { profiles, regionCode } = input;
  const rounds = [...new Set(profiles.map((profile) => profile.round))].sort((a, b) => a - b);
  if (rounds.length > 1) {
    throw new RangeError(`the profiles span rounds ${rounds.join(', ')}; pass the profiles of one round`);
  }
  const own = profiles.find((profile) => profile.regionCode === regionCode);
  if (own === undefined) throw new RangeError(`no profile for region ${regionCode}`);
  const count = Math.max(0, Math.floor(input.count ?? 3));
  const peerCount = Math.max(0, Math.floor(input.peers ?? 3));
  const practiceCount = Math.max(0, Math.floor(input.practicesPerArea ?? 5));
  const lessonCount = Math.max(0, Math.floor(input.lessonsPerArea ?? 3));
  const others = profiles.filter((profile) => profile.regionCode !== regionCode);

  const weaknesses = strengthsAndWeaknesses(profiles, regionCode, { axis: AXIS, count }).weaknesses;
  let basis: ActionSuggestions['basis'] = 'weaknesses';
  let chosen: { area: string; score: number }[] = weaknesses.map((w) => ({ area: w.value, score: w.score }));
  if (chosen.length === 0) {
    basis = 'lowest_scores';
    chosen = Object.entries(own.byAxis[AXIS] ?? {})
      .flatMap(([area, score]) => (score.value === null ? [] : [{ area, score: score.value }]))
      .sort((a, b) => a.score - b.score || compareIds(a.area, b.area))
      .slice(0, count);
  }

  const areas = chosen.map(({ area, score }): SuggestedArea<P> => {
    const scored = others.flatMap((profile) => {
      const value = profile.byAxis[AXIS]?.[area]?.value;
      return value === null || value === undefined ? [] : [{ regionCode: profile.regionCode, score: value }];
    });
    const average = mean(scored.map((peer) => peer.score));
    const difference = average === null ? null : score - average;
    const peers = scored
      .filter((peer) => peer.score > score)
      .sort((a, b) => b.score - a.score || compareIds(a.regionCode, b.regionCode))
      .slice(0, peerCount);
    const peerRank = new Map(peers.map((peer, index) => [peer.regionCode, index]));

    const candidates = (input.practices ?? [])
      .filter((practice) => practice.policyAreas.includes(area) && !practice.regionCodes.includes(regionCode))
      .map((practice) => {
        const ranks = practice.regionCodes.map((code) => peerRank.get(code) ?? Number.POSITIVE_INFINITY);
        const best = Math.min(Number.POSITIVE_INFINITY, ...ranks);
        const ratings = Object.values(practice.ratings ?? {}).filter(
          (value): value is number => typeof value === 'number' && Number.isFinite(value),
        );
        return { practice, peer: Number.isFinite(best) ? peers[best]! : null, best, rating: mean(ratings) };
      })
      .sort(
        (a, b) =>
          RESULT_ORDER[a.practice.result] - RESULT_ORDER[b.practice.result] ||
          compareNumbers(a.best, b.best) ||
          compareNumbers(-(a.rating ?? Number.NEGATIVE_INFINITY), -(b.rating ?? Number.NEGATIVE_INFINITY)) ||
          compareIds(a.practice.id, b.practice.id),
      );
    const describe = (candidate: (typeof candidates)[number]): SuggestedPractice<P> => {
      const { practice, peer } = candidate;
      const where =
        peer === null
          ? `in ${practice.regionCodes.join(', ') || 'an unnamed region'}`
          : `from ${peer.regionCode}, which scores ${format(peer.score)} in ${area}`;
      return {
        practice,
        peerRegion: peer?.regionCode ?? null,
        reason:
          practice.result === 'failed'
            ? `failed practice in ${area} ${where}: a lesson to heed before trying something similar`
            : `${practice.result} practice in ${area} ${where}`,
      };
    };

    const below =
      difference !== null && difference < 0
        ? `, ${format(-difference)} points below the other regions' average (${format(average!)})`
        : basis === 'lowest_scores'
          ? ", one of the region's lowest policy-area scores (it is below the other regions' average in none)"
          : '';
    const best =
      peers.length === 0
        ? '; no region scores higher'
        : `; best: ${peers.map((peer) => `${peer.regionCode} (${format(peer.score)})`).join(', ')}`;

    return {
      policyArea: area,
      score,
      average,
      difference,
      reason: `${area} scores ${format(score)}${below}${best}`,
      peers,
      practices: candidates
        .filter((c) => c.practice.result !== 'failed')
        .slice(0, practiceCount)
        .map(describe),
      lessons: candidates
        .filter((c) => c.practice.result === 'failed')
        .slice(0, lessonCount)
        .map(describe),
    };
  });

  return { regionCode, round: own.round, basis, areas };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders numbers, infinities included (Infinity − Infinity would be NaN). */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function format(value: number): string {
  return value.toFixed(1);
}
