import { z } from 'zod';
import type { OpContext, World } from '../engine';
import { newDraft, raise, serialOf, type Drafted } from '../effects-builder';
import { isInSlot } from '../lookup';
import { requireSerials, resolveTarget, unknownSerial } from '../resolve';
import { flagElsewhere, moveSerialInto, whereIs, type SerialFound } from '../serial-rules';
import { ensureSlot, placeStock } from '../slot-rules';
import {
  condition, distinctSerials, itemRef, locationRef, lot, positiveQuantity, SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialRef, serialsMatchQuantity,
} from './common';

/** R3, R4: picked stock put back into its slot or another that accepts its lot. */
export const returnPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  quantity: positiveQuantity,
  /** The lot of the returned stock (from its pick); null when the pick had an unknown lot. */
  lot: lot.nullable().optional(),
  serials: z.array(serialRef).optional(),
})
  .refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type ReturnPayload = z.infer<typeof returnPayload>;

/**
 * R3: returned stock enters a slot empty or holding its lot; a different lot is
 * recorded and flagged (C2). R13: serialized units come back into stock.
 */
export function applyReturn(p: ReturnPayload, w: World, ctx: OpContext): Drafted {
  const target = resolveTarget(w, p.item, p.location, p.condition);
  if (!target.ok) return target.result;
  const { item, location, condition } = target.value;
  const serials = requireSerials(item, p.quantity, p.serials);
  if (!serials.ok) return serials.result;

  const d = newDraft(w, ctx);
  const slotId = ensureSlot(d, item, location, condition);
  if (item.serialized) {
    const elsewhere: SerialFound[] = [];
    const alreadyHere: string[] = [];
    for (const name of serials.value) {
      const serial = serialOf(d, item.id, name);
      if (!serial) return unknownSerial(name);
      if (isInSlot(serial)) {
        // C2: a unit returned while the server has it in stock.
        if (serial.slotId === slotId) alreadyHere.push(name);
        else elsewhere.push(whereIs(serial));
      }
      moveSerialInto(d, item, serial.id, slotId, 'return', 'return');
    }
    flagElsewhere(d, slotId, elsewhere);
    if (alreadyHere.length > 0) {
      raise(d, 'serial-exists', { slotId }, { serials: alreadyHere, expected: { notInStock: true }, found: { slotId } });
    }
  } else {
    // R3 (and C2: a tracked item returned without its lot is recorded with lot unknown).
    placeStock(d, item, slotId, p.quantity, 'return', p.lot ?? null);
  }
  return d;
}
