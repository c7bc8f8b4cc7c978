import { z } from 'zod';

/** R15: system settings, and the scanner settings devices use. */
export const changeSettingsPayload = z.object({
  requireLotAtPack: z.boolean().optional(),
  scanner: z.object({
    gsSubstitute: z.string().length(1).optional(),
    prefix: z.string().max(8).optional(),
    suffix: z.string().max(8).optional(),
    maxGapMs: z.number().int().min(5).max(200).optional(),
  }).optional(),
});
export type ChangeSettingsPayload = z.infer<typeof changeSettingsPayload>;
