import { EVALUATION_RATING_LEVELS } from '@regin/domain';
import type { ScaleLevel } from './schema.js';
import { deepFreeze, enCa } from './text.js';

const LABELS: Record<(typeof EVALUATION_RATING_LEVELS)[number]['key'], [string, string]> = {
  not_met: ['Not met', 'No assolit'],
  partly_met: ['Partly met', 'Parcialment assolit'],
  largely_met: ['Largely met', 'Majoritàriament assolit'],
  fully_met: ['Fully met', 'Plenament assolit'],
};

/**
 * The evaluation rubric scale of `@regin/domain` (`EVALUATION_RATING_LEVELS`, 1–4, no midpoint) with its
 * labels in English and Catalan. Both built-in criteria sets use it.
 */
export const EVALUATION_SCALE: readonly ScaleLevel[] = deepFreeze(
  EVALUATION_RATING_LEVELS.map(({ rating, key }) => ({ rating, key, label: enCa(...LABELS[key]) })),
);
