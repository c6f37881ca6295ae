export * from './client.js';
export {
  type NewPracticeRow,
  type PracticeContent,
  type PracticeRow,
  practiceFromRow,
  practiceRowValues,
  regionAncestry,
} from './practice-rows.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
export { DEMO_ACTIONS, DEMO_EVALUATOR } from './seed/actions.js';
export {
  illustrativeCompetences,
  NETWORK_REGIONS,
  type NetworkRegionSeed,
  NON_NUTS_REGIONS,
} from './seed/network-regions.js';
export { type SeedOptions, type SeedReport, seedDatabase } from './seed/seed.js';
