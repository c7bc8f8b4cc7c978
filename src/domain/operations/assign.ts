import { z } from 'zod';
import type { OpContext, World } from '../engine';
import { createSlot, getSlot, newDraft, patchSlot, slotOf, type Drafted } from '../effects-builder';
import { requireSerials, resolveCondition, resolveItem, resolveLocation } from '../resolve';
import { receiveSerial } from '../serial-rules';
import { checkCapacity, placeStock } from '../slot-rules';
import {
  distinctSerials, itemRef, locationRef, lot, newSerial, quantity,
  SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialsMatchQuantity,
} from './common';

/** R8, R13: an item assigned to a location with a capacity, per condition for durable items. */
export const assignPayload = z.object({
  item: itemRef,
  location: locationRef,
  capacity: quantity,
  conditions: z.array(z.object({
    condition: z.string().trim().max(32).default(''),
    quantity,
    /** R8: required for a non-zero quantity of a tracked item. */
    lot: lot.optional(),
    serials: z.array(newSerial).optional(),
  }).refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })).min(1).max(20),
}).refine((p) => distinctSerials(p.conditions.flatMap((c) => c.serials ?? [])), {
  message: SERIAL_DISTINCT_MESSAGE, path: ['conditions'],
});
export type AssignPayload = z.infer<typeof assignPayload>;

/**
 * R8: an item assigned to a location with a capacity, one slot per condition
 * (durable items). A non-zero quantity is placed under R3 and needs its lot
 * (C2: recorded as unknown without one); R13: serials are created with theirs.
 */
export function applyAssign(p: AssignPayload, w: World, ctx: OpContext): Drafted {
  const item = resolveItem(w, p.item);
  if (!item.ok) return item.result;
  const location = resolveLocation(w, p.location);
  if (!location.ok) return location.result;
  const d = newDraft(w, ctx);
  for (const entry of p.conditions) {
    const condition = resolveCondition(item.value, entry.condition);
    if (!condition.ok) return condition.result;
    const serials = requireSerials(item.value, entry.quantity, entry.serials?.map((s) => s.serial));
    if (!serials.ok) return serials.result;
    const existing = slotOf(d, item.value.id, location.value.id, condition.value);
    const slotId = existing?.id ?? createSlot(d, item.value.id, location.value.id, condition.value, p.capacity).id;
    if (getSlot(d, slotId).capacity !== p.capacity) patchSlot(d, slotId, { capacity: p.capacity });
    if (item.value.serialized) {
      for (const s of entry.serials ?? []) receiveSerial(d, item.value, slotId, s, 'assign');
    } else {
      placeStock(d, item.value, slotId, entry.quantity, 'assign', entry.lot ?? null);
    }
    checkCapacity(d, slotId); // R6
  }
  return d;
}
