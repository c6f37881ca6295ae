import { newUserSchema, passwordSchema, regionCodeSchema, roleSchema, userSchema } from '@regin/domain';
import { z } from 'zod';

export const userListResponseSchema = z.object({ items: z.array(userSchema) });
/** Who can be assigned to evaluate an action: enabled users with the evaluator role, without roles or regions. */
export const evaluatorListResponseSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.email() }).strict()),
});
export type EvaluatorListResponse = z.infer<typeof evaluatorListResponseSchema>;
export const userParamsSchema = z.object({ id: z.uuid() }).strict();
export const userCreateBodySchema = newUserSchema;
export const userPatchBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    roles: z.array(roleSchema).min(1).optional(),
    regions: z.array(regionCodeSchema).max(50).optional(),
    disabled: z.boolean().optional(),
    /** An admin's reset: the user's sessions end and they sign in with this password. */
    password: passwordSchema.optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'at least one field must be given' });

/** A full export of the database: restorable into an empty instance with POST /api/v1/import. */
export const exportBundleSchema = z
  .object({
    format: z.literal('regin-lab-export'),
    version: z.literal(1),
    exportedAt: z.string(),
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .strict();
export type ExportBundle = z.infer<typeof exportBundleSchema>;
