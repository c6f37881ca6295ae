export { mulberry32 } from './prng.js';
export { type RankIntervalOptions, rankIntervals } from './rank-intervals.js';
