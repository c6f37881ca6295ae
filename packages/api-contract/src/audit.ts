import { auditActionSchema, auditEventSchema } from '@regin/domain';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const auditListQuerySchema = pageQuerySchema
  .extend({
    actorId: z.uuid().optional(),
    entityType: z.string().max(64).optional(),
    entityId: z.string().max(200).optional(),
    action: auditActionSchema.optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export const auditListResponseSchema = pageOf(auditEventSchema);
