import { loginSchema, passwordChangeSchema, userSchema } from '@regin/domain';
import { z } from 'zod';

export const loginBodySchema = loginSchema;
export const passwordChangeBodySchema = passwordChangeSchema;

/** The signed-in user and the token to echo in `X-CSRF-Token` on every write. */
export const sessionResponseSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'regin_session';
