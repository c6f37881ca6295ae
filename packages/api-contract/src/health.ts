import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({
    driver: z.enum(['pglite', 'postgres']),
    status: z.enum(['ok', 'unreachable']),
    latencyMs: z.number().optional(),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
