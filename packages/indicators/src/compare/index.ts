export {
  change,
  type RankDirection,
  type RankInput,
  type RankOptions,
  rank,
} from './rank.js';
export {
  type CompareRegionOptions,
  compareRegion,
  type ProfileDifference,
  peersByCountry,
  type RegionComparison,
  type StrengthsAndWeaknessesOptions,
  strengthsAndWeaknesses,
} from './region.js';
