import { z } from 'zod';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'login', 'logout', 'import'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

/** One append-only record of a write: who did what to which entity, with the state before and after. */
export const auditEventSchema = z
  .object({
    id: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    /** User id, or null for the system (seed, migrations) and anonymous submissions. */
    actorId: z.uuid().nullable(),
    action: auditActionSchema,
    entityType: z.string().min(1).max(64),
    entityId: z.string().min(1).max(200),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .strict();
export type AuditEvent = z.infer<typeof auditEventSchema>;
