import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { finish, newDraft } from '../effects-builder';
import { isTimeZone } from '../time-zone';

/** R15: system settings, and the scanner settings devices use. */
export const changeSettingsPayload = z.object({
  requireLotAtPack: z.boolean().optional(),
  scanner: z.object({
    gsSubstitute: z.string().length(1).optional(),
    prefix: z.string().max(8).optional(),
    suffix: z.string().max(8).optional(),
    maxGapMs: z.number().int().min(5).max(200).optional(),
  }).optional(),
  floor: z.object({
    tapToConfirm: z.boolean().optional(),
    expiredAtReceipt: z.enum(['warn', 'refuse']).optional(),
    nearExpiryDays: z.number().int().min(0).max(365).optional(),
    blindCount: z.boolean().optional(),
    countReviewAbove: z.number().int().min(0).max(1_000_000).optional(),
  }).optional(),
  warehouse: z.object({
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Warsaw or America/Chicago').optional(),
  }).optional(),
});
export type ChangeSettingsPayload = z.infer<typeof changeSettingsPayload>;

/** R15: settings merged; the whole new value is emitted. */
export function applyChangeSettings(p: ChangeSettingsPayload, w: World, ctx: OpContext): ApplyResult {
  const d = newDraft(w, ctx);
  const scanner = { ...w.settings.scanner };
  for (const [key, value] of Object.entries(p.scanner ?? {})) {
    if (value !== undefined) Object.assign(scanner, { [key]: value });
  }
  const floor = { ...w.settings.floor };
  for (const [key, value] of Object.entries(p.floor ?? {})) {
    if (value !== undefined) Object.assign(floor, { [key]: value });
  }
  const warehouse = { ...w.settings.warehouse, ...(p.warehouse?.timeZone === undefined ? {} : { timeZone: p.warehouse.timeZone }) };
  d.settings = { ...w.settings, requireLotAtPack: p.requireLotAtPack ?? w.settings.requireLotAtPack, scanner, floor, warehouse };
  return finish(d);
}
