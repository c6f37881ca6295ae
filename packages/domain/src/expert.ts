import { z } from 'zod';
import { POLICY_AREAS, policyAreaSchema } from './enums.js';
import { languageCodeSchema } from './localized-text.js';
import { PRACTICE_TARGET_GROUPS, practiceTargetGroupSchema } from './practice.js';
import { regionCodeSchema } from './region.js';

/**
 * A person regions can ask for advice: what they know (policy areas, target groups, methods), the
 * languages they work in, and the practices they were involved in. Contact details are stored for staff
 * and shown to the public only when `contactConsent` is true (see {@link expertForPublic}).
 */

export const expertiseSchema = z
  .object({
    policyAreas: z.array(policyAreaSchema).max(POLICY_AREAS.length).default([]),
    targetGroups: z.array(practiceTargetGroupSchema).max(PRACTICE_TARGET_GROUPS.length).default([]),
    /** Free-form methods, e.g. "participatory evaluation", "SWOT facilitation", "MIPEX-R assessment". */
    methods: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  })
  .strict();
export type Expertise = z.infer<typeof expertiseSchema>;
export type ExpertiseInput = z.input<typeof expertiseSchema>;

export const expertContactSchema = z
  .object({
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number such as "+46 40 000 000"')
      .optional(),
  })
  .strict();
export type ExpertContact = z.infer<typeof expertContactSchema>;

export const expertSchema = z
  .object({
    id: z.uuid(),
    name: z.string().trim().min(1).max(200),
    organisation: z.string().trim().max(200).optional(),
    regionCode: regionCodeSchema,
    expertise: expertiseSchema,
    languages: z.array(languageCodeSchema).min(1, 'name at least one working language').max(20),
    contact: expertContactSchema.default({}),
    /** The expert agreed that their contact details be published. Without it they are staff-only. */
    contactConsent: z.boolean(),
    practiceIds: z.array(z.uuid()).max(100).default([]),
    /** True for demo experts (fictional people): labelled illustrative wherever they show. */
    illustrative: z.boolean(),
  })
  .strict()
  .superRefine((expert, ctx) => {
    if (new Set(expert.practiceIds).size !== expert.practiceIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['practiceIds'],
        message: 'each practice may be linked only once',
      });
    }
  });
export type Expert = z.infer<typeof expertSchema>;
export type ExpertInput = z.input<typeof expertSchema>;

/** The expert as the public may see them: contact details are emptied unless the expert consented. */
export function expertForPublic(expert: Expert): Expert {
  return expert.contactConsent ? expert : { ...expert, contact: {} };
}
