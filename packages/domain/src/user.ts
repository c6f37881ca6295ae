import { z } from 'zod';
import { roleSchema } from './enums.js';
import { regionCodeSchema } from './region.js';

/**
 * An email address, lower-cased on parse. `.toLowerCase()` rather than a transform keeps the schema
 * representable in JSON Schema, so OpenAPI can describe requests and responses that use it.
 */
export const emailSchema = z.email().max(254).toLowerCase();

/** At least 12 characters: long passphrases beat composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(256);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string().min(1).max(200),
    roles: z.array(roleSchema),
    /** Regions a `regional_editor` may write; empty for other roles. */
    regions: z.array(regionCodeSchema),
    disabled: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type User = z.infer<typeof userSchema>;

export const newUserSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(200),
    password: passwordSchema,
    roles: z.array(roleSchema).min(1),
    regions: z.array(regionCodeSchema).default([]),
  })
  .strict()
  .superRefine((user, ctx) => {
    if (user.roles.includes('regional_editor') && user.regions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['regions'],
        message: 'a regional editor needs at least one region',
      });
    }
  });
export type NewUser = z.input<typeof newUserSchema>;

export const loginSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1).max(256),
  })
  .strict();
export type Login = z.infer<typeof loginSchema>;

/** A signed-in user's own password change: the current password proves it is them, not a borrowed session. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: passwordSchema,
  })
  .strict()
  .refine((change) => change.newPassword !== change.currentPassword, {
    path: ['newPassword'],
    message: 'must differ from the current password',
  });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
