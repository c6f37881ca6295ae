import type {
  assessmentResponseSchema,
  assessmentSummarySchema,
  frameworkSummarySchema,
} from '@regin/api-contract';
import type { z } from 'zod';

export type AssessmentSummary = z.output<typeof assessmentSummarySchema>;
export type Assessment = z.output<typeof assessmentResponseSchema>;
export type AssessmentAnswer = Assessment['answers'][number];
export type FrameworkSummary = z.output<typeof frameworkSummarySchema>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export type Loose = Record<string, unknown>;
