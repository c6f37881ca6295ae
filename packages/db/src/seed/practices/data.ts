import { CATALAN_PRACTICES } from './catalan.js';
import type { PracticeSeed } from './define.js';
import { ENGLISH_PRACTICES } from './english.js';
import { FRENCH_PRACTICES, GREEK_PRACTICES } from './french-greek.js';
import { GERMAN_PRACTICES } from './german.js';
import { ITALIAN_PRACTICES } from './italian.js';
import { PORTUGUESE_PRACTICES } from './portuguese.js';
import { SPANISH_PRACTICES } from './spanish.js';
import { SWEDISH_PRACTICES } from './swedish.js';

export type { PracticeSeed } from './define.js';
export { EXPERTS, type ExpertSeed } from './experts.js';
export { MODERATION_QUEUE, type ModerationQueueEntry } from './moderation-queue.js';

/**
 * Every ILLUSTRATIVE practice the seed publishes, grouped by the language it was written in. Content is
 * invented for demos and tests (grounded in what REGIN's pilot regions did) and flagged `illustrative`.
 */
export const PUBLISHED_PRACTICES: readonly PracticeSeed[] = [
  ...ENGLISH_PRACTICES,
  ...CATALAN_PRACTICES,
  ...SPANISH_PRACTICES,
  ...ITALIAN_PRACTICES,
  ...PORTUGUESE_PRACTICES,
  ...SWEDISH_PRACTICES,
  ...GERMAN_PRACTICES,
  ...FRENCH_PRACTICES,
  ...GREEK_PRACTICES,
];
