import { z } from 'zod';
import type { OpContext, World } from '../engine';
import { newDraft, type Drafted } from '../effects-builder';
import { requireSerials, resolveItem, resolveTarget } from '../resolve';
import { receiveSerial } from '../serial-rules';
import { checkCapacity, ensureSlot, placeStock } from '../slot-rules';
import {
  condition, distinctSerials, itemRef, locationRef, lot, newSerial, positiveQuantity,
  SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialsMatchQuantity,
} from './common';
import { gs1Dates, isoDay } from '../lots/schema';

/** R5, R6, R7, R13: stock received and placed into slots, split over lots. */
export const restockPayload = z.object({
  item: itemRef,
  lines: z.array(z.object({
    location: locationRef,
    condition,
    quantity: positiveQuantity,
    lot: lot.optional(),
    /** Serialized items: one entry per unit; quantity must equal their count. */
    serials: z.array(newSerial).optional(),
    /** The lot's dates as the GS1 label carries them (YYMMDD): (17) expiry, (15) best before, (11) production. */
    gs1: gs1Dates.optional(),
    /** An expiry typed by the operator (YYYY-MM-DD), used when the label carries no (17) or (15). */
    expiry: isoDay.optional(),
  }).refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })).min(1).max(200),
  /** The purchase order received against (its number): counted as received on the order's lines. */
  purchaseOrder: z.string().trim().min(1).max(64).optional(),
}).refine((p) => distinctSerials(p.lines.flatMap((l) => l.serials ?? [])), {
  message: SERIAL_DISTINCT_MESSAGE, path: ['lines'],
});
export type RestockPayload = z.infer<typeof restockPayload>;

/**
 * R5: each line places its quantity with its own lot; R6: into the slot of
 * (item, location, condition), flagging a missing assignment or capacity;
 * R3 per line; R13: serialized lines create their serials with their lots.
 */
export function applyRestock(p: RestockPayload, w: World, ctx: OpContext): Drafted {
  const item = resolveItem(w, p.item);
  if (!item.ok) return item.result;
  const d = newDraft(w, ctx);
  const placed: string[] = [];
  for (const line of p.lines) {
    const target = resolveTarget(w, p.item, line.location, line.condition);
    if (!target.ok) return target.result;
    const serials = requireSerials(item.value, line.quantity, line.serials?.map((s) => s.serial));
    if (!serials.ok) return serials.result;
    // Issue 16: goods no shelf could take are received to a dock; a dock needs no assignment beforehand
    // (the new slot carries the line's lot, R8), while a storage location without one is flagged (R6).
    const atDock = target.value.location.type === 'receiving';
    const slotId = ensureSlot(d, item.value, target.value.location, target.value.condition, !atDock);
    if (item.value.serialized) {
      for (const s of line.serials ?? []) receiveSerial(d, item.value, slotId, s, 'restock');
    } else {
      // R5: the lot is the line's; C2: a tracked item without one is recorded as lot unknown.
      placeStock(d, item.value, slotId, line.quantity, 'restock', line.lot ?? null);
    }
    if (!placed.includes(slotId)) placed.push(slotId);
  }
  for (const slotId of placed) checkCapacity(d, slotId); // R6
  return d;
}
