import { z } from 'zod';
import { semverSchema, slugSchema } from './common.js';
import { languageCodeSchema } from './localized-text.js';

/**
 * A training module of the regional toolkit, in one language (one file per module and language).
 * Plain strings rather than LocalizedText: a translation is its own file, which records the source
 * version it was made from so it can be flagged outdated when the source moves on.
 */

export const TOOLKIT_TRACKS = ['stakeholders', 'regional_staff'] as const;
/** `stakeholders`: capacity building for receiving communities; `regional_staff`: training for the region's staff. */
export const toolkitTrackSchema = z.enum(TOOLKIT_TRACKS);
export type ToolkitTrack = z.infer<typeof toolkitTrackSchema>;

/** Activity formats, including those REGIN's stakeholder sessions used (SWOT, priority votes, round tables). */
export const ACTIVITY_KINDS = [
  'presentation',
  'discussion',
  'exercise',
  'case_study',
  'role_play',
  'group_work',
  'swot',
  'priority_vote',
  'round_table',
  'stakeholder_mapping',
  'reflection',
  'quiz',
  'break',
  'other',
] as const;
export const activityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof activityKindSchema>;

const durationMinutesSchema = z.number().int().min(1).max(10_000);
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const toolkitActivitySchema = z
  .object({
    title: shortText(200),
    kind: activityKindSchema,
    durationMinutes: durationMinutesSchema,
    description: shortText(10_000),
  })
  .strict();
export type ToolkitActivity = z.infer<typeof toolkitActivitySchema>;

export const toolkitSessionSchema = z
  .object({
    title: shortText(200),
    durationMinutes: durationMinutesSchema,
    activities: z.array(toolkitActivitySchema).min(1).max(50),
  })
  .strict()
  .superRefine((session, ctx) => {
    const total = session.activities.reduce((sum, activity) => sum + activity.durationMinutes, 0);
    if (total > session.durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['activities'],
        message: `activities take ${total} minutes, more than the session's ${session.durationMinutes}`,
      });
    }
  });
export type ToolkitSession = z.infer<typeof toolkitSessionSchema>;

export const toolkitResourceSchema = z
  .object({
    title: shortText(300),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .strict();
export type ToolkitResource = z.infer<typeof toolkitResourceSchema>;

/** A multiple-choice question checking what participants learnt (Kirkpatrick level 2). */
export const quizQuestionSchema = z
  .object({
    question: shortText(1000),
    options: z.array(shortText(500)).min(2).max(8),
    /** Zero-based index into `options` of the correct answer. */
    answerIndex: z.number().int().min(0),
    explanation: shortText(2000).optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.answerIndex >= item.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answerIndex'],
        message: `must point at one of the ${item.options.length} options (0 to ${item.options.length - 1})`,
      });
    }
    if (new Set(item.options).size !== item.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options must differ from each other' });
    }
  });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const toolkitModuleSchema = z
  .object({
    slug: slugSchema,
    track: toolkitTrackSchema,
    version: semverSchema,
    language: languageCodeSchema,
    /** Set on translations: the source language and version translated, to detect outdated translations. */
    translatedFrom: z.object({ language: languageCodeSchema, version: semverSchema }).strict().optional(),
    title: shortText(200),
    objectives: z.array(shortText(500)).min(1).max(20),
    durationMinutes: durationMinutesSchema,
    /** Who the module is for, in a sentence: "staff of regional reception and employment services". */
    audience: shortText(500),
    sessions: z.array(toolkitSessionSchema).min(1).max(30),
    facilitatorNotes: z.string().trim().max(50_000).default(''),
    resources: z.array(toolkitResourceSchema).max(50).default([]),
    quiz: z.array(quizQuestionSchema).max(50).default([]),
  })
  .strict()
  .superRefine((module, ctx) => {
    if (module.translatedFrom?.language === module.language) {
      ctx.addIssue({
        code: 'custom',
        path: ['translatedFrom', 'language'],
        message: 'a translation comes from another language',
      });
    }
    const total = module.sessions.reduce((sum, session) => sum + session.durationMinutes, 0);
    if (total > module.durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['sessions'],
        message: `sessions take ${total} minutes, more than the module's ${module.durationMinutes}`,
      });
    }
  });
export type ToolkitModule = z.infer<typeof toolkitModuleSchema>;
export type ToolkitModuleInput = z.input<typeof toolkitModuleSchema>;
