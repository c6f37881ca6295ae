import {
  countryCodeSchema,
  networkRoleSchema,
  regionCodeSchema,
  regionLevelSchema,
  regionPatchSchema,
  regionSchema,
} from '@regin/domain';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const regionListQuerySchema = pageQuerySchema
  .extend({
    country: countryCodeSchema.optional(),
    level: z.coerce.number().pipe(regionLevelSchema).optional(),
    /** `any` lists every region with a network role; `none` those without. */
    networkRole: z.union([networkRoleSchema, z.enum(['any', 'none'])]).optional(),
    parent: regionCodeSchema.optional(),
  })
  .strict();
export type RegionListQuery = z.infer<typeof regionListQuerySchema>;

export const regionParamsSchema = z.object({ code: regionCodeSchema }).strict();
export const regionListResponseSchema = pageOf(regionSchema);
export const regionResponseSchema = regionSchema;
export const regionPatchBodySchema = regionPatchSchema;
