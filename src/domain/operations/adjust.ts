import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { finish, newDraft } from '../effects-builder';
import { adjustSlot } from '../adjust-rules';
import { resolveTarget } from '../resolve';
import { ensureSlot } from '../slot-rules';
import { condition, itemRef, locationRef, lot, quantity } from './common';

/** R10, R11: a supervisor sets a slot's quantity and lot; a lot change is the remove-and-place pair. */
export const adjustPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  quantity,
  lot: lot.nullable().optional(),
  reason: z.string().max(200).optional(),
});
export type AdjustPayload = z.infer<typeof adjustPayload>;

/** R10, R11: a supervisor's correction of a slot (created, capacity 0, if missing). */
export function applyAdjust(p: AdjustPayload, w: World, ctx: OpContext): ApplyResult {
  const target = resolveTarget(w, p.item, p.location, p.condition);
  if (!target.ok) return target.result;
  const { item, location, condition } = target.value;
  const d = newDraft(w, ctx);
  // A command, not an offline fact: a missing slot is simply created.
  const slotId = ensureSlot(d, item, location, condition, false);
  const refused = adjustSlot(d, item, slotId, p.quantity, item.lotTracked ? (p.lot ?? null) : null);
  return refused ?? finish(d);
}
