import { z } from 'zod';
import type { OpContext, World } from '../engine';
import {
  currentSerials, getSlot, newDraft, patchSlot, raise, serialOf, transact, type Draft, type Drafted,
} from '../effects-builder';
import { findSerial, isInSlot } from '../lookup';
import { requireSerials, resolveTarget, unknownSerial } from '../resolve';
import { flagElsewhere, moveSerialInto, removeSerial, whereIs, type SerialFound } from '../serial-rules';
import { knownLot } from '../lot-check';
import { ensureSlot } from '../slot-rules';
import type { Item, Slot } from '../types';
import {
  condition, distinctSerials, itemRef, locationRef, lot, quantity, SERIAL_DISTINCT_MESSAGE, serialRef,
} from './common';
import { tracksLotPerSlot } from '../tracking';
import { countNeedsReview, type HeldCount } from '../count-review';

/** R9, R10, R14: a slot counted; a corrected lot is the remove-and-place pair. */
export const countPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  /** What the device showed the operator; differs from the server's slot when stale (C2). */
  expected: z.object({ lot: lot.nullable(), quantity: z.number().int() }),
  counted: z.object({ quantity, lot: lot.nullable().optional() }),
  /** Serialized items: every serial scanned in the slot (R14: their lots are not changed). */
  serials: z.array(serialRef).optional(),
  /** The planned count task this count works (count-tasks.ts): counted on its line for this slot. */
  countTask: z.string().trim().min(1).max(200).optional(),
})
  .refine((p) => p.serials === undefined || p.serials.length === p.counted.quantity, {
    message: 'counted quantity must equal the number of serials scanned', path: ['counted', 'quantity'],
  })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type CountPayload = z.infer<typeof countPayload>;

/**
 * R9, R10, R14: a counted slot. The count is a physical fact: applied even when
 * the device showed stale numbers (C2: flagged). Afterwards the slot's count
 * task is closed unless this count opened an exception.
 */
/**
 * C2: the slot as a count sees it, on the device (what it shows and sends as
 * payload.expected) and on the server (what it compares that to): the slot's
 * lot only when the item keeps its lot on the slot and the lot is known.
 */
export function countExpectation(
  item: Pick<Item, 'lotTracked' | 'serialized'>, slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>,
): { lot: string | null; quantity: number } {
  return { lot: tracksLotPerSlot(item) && !slot.lotUnknown ? slot.lot : null, quantity: slot.quantity };
}

export function applyCount(p: CountPayload, w: World, ctx: OpContext): Drafted {
  const target = resolveTarget(w, p.item, p.location, p.condition);
  if (!target.ok) return target.result;
  const { item, location, condition } = target.value;
  const serials = requireSerials(item, p.counted.quantity, p.serials);
  if (!serials.ok) return serials.result;
  for (const name of serials.value) if (!findSerial(w.serials, item.id, name)) return unknownSerial(name);

  const d = newDraft(w, ctx);
  const slotId = ensureSlot(d, item, location, condition);
  const slot = getSlot(d, slotId);
  // C2: the device showed the operator something other than the server's slot.
  const current = countExpectation(item, slot);
  const expectedLot = tracksLotPerSlot(item) ? p.expected.lot : null;
  if (expectedLot !== current.lot || p.expected.quantity !== current.quantity) {
    raise(d, 'stale-count', { slotId }, { expected: p.expected, found: current });
  }
  if (item.serialized) countSerials(d, item, slotId, serials.value);
  else if (countNeedsReview(w.settings.floor, slot.quantity, p.counted.quantity)) holdForReview(d, slotId, current, p.counted);
  else countStock(d, item, slotId, p.counted.quantity, p.counted.lot ?? null);
  const needsCount = d.raised > 0;
  if (getSlot(d, slotId).needsCount !== needsCount) patchSlot(d, slotId, { needsCount });
  return d;
}

function countStock(d: Draft, item: Item, slotId: string, counted: number, countedLot: string | null): void {
  const slot = getSlot(d, slotId);
  const delta = counted - slot.quantity;
  const slotLot = knownLot(slot);
  const adjust = (lot: string | null, lotUnknown: boolean): void => {
    if (delta !== 0) transact(d, slotId, { type: 'count-adjust', quantity: delta, lot, lotUnknown });
  };
  if (!item.lotTracked) return adjust(null, false);
  // R3: counted empty frees the slot for any lot.
  if (counted === 0) return adjust(slotLot, slotLot === null);
  if (countedLot === null) {
    // The operator confirmed the slot's known lot.
    if (slotLot !== null) return adjust(slotLot, false);
    // R9: a slot of unknown or unset lot needs one; recorded with lot unknown (C2).
    adjust(null, true);
    patchSlot(d, slotId, { lot: null, lotUnknown: true });
    raise(d, 'lot-missing', { slotId }, { expected: 'lot', found: null, quantity: counted });
    return;
  }
  if (countedLot === slotLot) return adjust(slotLot, false);
  // R9, R10: a corrected lot is the remove-and-place pair.
  if (slot.quantity !== 0) {
    transact(d, slotId, { type: 'count-remove', quantity: -slot.quantity, lot: slotLot, lotUnknown: slotLot === null });
  }
  transact(d, slotId, { type: 'count-place', quantity: counted, lot: countedLot, lotUnknown: false }, { lot: countedLot, lotUnknown: false });
}

/** R9: a difference above the review threshold books nothing; a supervisor decides (count-review.ts). */
function holdForReview(
  d: Draft, slotId: string, recorded: HeldCount['recorded'], counted: CountPayload['counted'],
): void {
  const held: HeldCount = {
    recorded, counted: { quantity: counted.quantity, lot: counted.lot ?? null },
    difference: counted.quantity - getSlot(d, slotId).quantity, reviewAbove: d.world.settings.floor.countReviewAbove,
  };
  raise(d, 'count-review', { slotId }, { ...held });
}

/** R14: the serials scanned are the ones present; their lots never change in a count. */
function countSerials(d: Draft, item: Item, slotId: string, scanned: string[]): void {
  const present = currentSerials(d).filter((s) => s.itemId === item.id && isInSlot(s) && s.slotId === slotId);
  const missing = present.filter((s) => !scanned.includes(s.serial));
  for (const s of missing) removeSerial(d, item, s.id, 'count-adjust', 'missing');
  if (missing.length > 0) {
    raise(d, 'serial-missing', { slotId }, { serials: missing.map((s) => s.serial), expected: 'in slot', found: 'not scanned' });
  }
  const elsewhere: SerialFound[] = [];
  for (const name of scanned) {
    const serial = serialOf(d, item.id, name);
    if (!serial || (isInSlot(serial) && serial.slotId === slotId)) continue;
    elsewhere.push(whereIs(serial));
    moveSerialInto(d, item, serial.id, slotId, 'count-adjust', 'count-adjust');
  }
  flagElsewhere(d, slotId, elsewhere);
}
