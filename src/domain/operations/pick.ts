import { z } from 'zod';
import type { OpContext, World } from '../engine';
import { getSlot, newDraft, raise, serialOf, type Drafted } from '../effects-builder';
import { isInSlot } from '../lookup';
import { requireSerials, resolveTarget, unknownSerial } from '../resolve';
import { flagElsewhere, removeSerial, whereIs, type SerialFound } from '../serial-rules';
import { checkLot } from '../lot-check';
import { ensureSlot, takeStock } from '../slot-rules';
import {
  condition, distinctSerials, itemRef, locationRef, lot, quantity, SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialRef, serialsMatchQuantity,
} from './common';

/** R4, R2, R13: stock taken out of a slot; its lot is the slot's, never asked. */
export const pickPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  /** What was actually picked; may be zero on a fully short pick. */
  quantity,
  /** What the pick list asked for; more than quantity is a short pick. */
  requested: quantity.optional(),
  serials: z.array(serialRef).optional(),
  /**
   * The pick list worked through: its number and line (counted as picked on that
   * line), or the bare number as older app versions still queue it.
   */
  pickList: z.union([
    z.string().max(64),
    z.object({ number: z.string().trim().min(1).max(64), line: z.number().int().positive() }),
  ]).optional(),
  /**
   * R8a, C2: the lot printed on the goods, when the label scanned carried one. It is the
   * physical fact: the pick takes it, and one other than the slot's is a lot mismatch.
   */
  lot: lot.optional(),
  /** FEFO: why the operator took a later-expiring lot while an earlier one was available. */
  fefoReason: z.string().trim().min(1).max(500).optional(),
})
  .refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type PickPayload = z.infer<typeof pickPayload>;

/**
 * R4: the picked lot is the slot's, written without asking (or the one the goods'
 * label carried, checked against it: R8a, C2). R2: a pick from a
 * slot of unknown lot is recorded with lot unknown and flagged. C2: short picks
 * and stock below zero are recorded and flagged.
 */
export function applyPick(p: PickPayload, w: World, ctx: OpContext): Drafted {
  const target = resolveTarget(w, p.item, p.location, p.condition);
  if (!target.ok) return target.result;
  const { item, location, condition } = target.value;
  const serials = requireSerials(item, p.quantity, p.serials);
  if (!serials.ok) return serials.result;

  const d = newDraft(w, ctx);
  const slotId = ensureSlot(d, item, location, condition);
  if (item.serialized) {
    // R13: each unit leaves with its own lot; one named elsewhere is still picked from where it was.
    const elsewhere: SerialFound[] = [];
    const unknownLots: string[] = [];
    for (const name of serials.value) {
      const serial = serialOf(d, item.id, name);
      if (!serial) return unknownSerial(name);
      if (!(isInSlot(serial) && serial.slotId === slotId)) elsewhere.push(whereIs(serial));
      if (item.lotTracked && serial.lot === null) unknownLots.push(name);
      removeSerial(d, item, serial.id, 'pick', 'picked');
    }
    flagElsewhere(d, slotId, elsewhere);
    // R2: units whose lot is unknown are flagged when picked.
    if (unknownLots.length > 0) raise(d, 'lot-unknown-picked', { slotId }, { serials: unknownLots });
  } else {
    const before = getSlot(d, slotId);
    // C2, R8a: the goods' label says another lot than the slot: what left is the
    // scanned lot (written on the transaction), and the slot is flagged for a count.
    const scanned = item.lotTracked ? p.lot : undefined;
    const check = scanned !== undefined ? checkLot(before, scanned) : null;
    if (check?.kind === 'mismatch') {
      raise(d, 'lot-mismatch', { slotId }, { expected: { lot: check.expected }, found: { lot: check.found }, quantity: p.quantity });
    }
    takeStock(d, item, slotId, p.quantity, 'pick', scanned);
    // R2: picks from a slot of unknown lot are recorded with lot unknown and flagged.
    if (item.lotTracked && before.lotUnknown && p.quantity > 0) {
      raise(d, 'lot-unknown-picked', { slotId }, { expected: 'known lot', found: { lotUnknown: true }, quantity: p.quantity });
    }
  }
  // C2: fewer picked than the list asked for.
  if (p.requested !== undefined && p.requested > p.quantity) {
    raise(d, 'short-pick', { slotId }, { expected: { quantity: p.requested }, found: { quantity: p.quantity }, pickList: p.pickList ?? null });
  }
  // C2: lots on hold or expired are a post-rule (post-rules.ts).
  return d;
}
