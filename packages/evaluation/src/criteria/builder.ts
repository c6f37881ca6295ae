import type { Criterion } from './schema.js';
import { enCa } from './text.js';

/** An English text and its Catalan translation. */
export type EnCa = readonly [en: string, ca: string];

/** A built-in criterion on the 1–4 evaluation scale: level descriptors are given from 1 (not met) to 4. */
export function builtInCriterion(spec: {
  id: string;
  name: EnCa;
  definition: EnCa;
  questions: readonly EnCa[];
  levels: readonly [EnCa, EnCa, EnCa, EnCa];
}): Criterion {
  return {
    id: spec.id,
    name: enCa(...spec.name),
    definition: enCa(...spec.definition),
    questions: spec.questions.map((question) => enCa(...question)),
    levels: spec.levels.map((descriptor, index) => ({ rating: index + 1, descriptor: enCa(...descriptor) })),
  };
}
