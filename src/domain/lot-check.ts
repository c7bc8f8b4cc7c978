// The lot facts of a slot that the engine enforces and the wizards show before
// anything is recorded (R2, R4, R8a): one definition, so a wizard never says
// "lot matches" where the engine raises a lot mismatch.
import type { Slot } from './types';

type SlotLot = Pick<Slot, 'lot' | 'lotUnknown'>;

/** The lot a slot shows: null when it is unknown or mixed (R2). */
export function knownLot(slot: SlotLot): string | null {
  return slot.lotUnknown ? null : slot.lot;
}

export type LotCheck =
  /** R8a: the goods' lot is the slot's. */
  | { kind: 'match'; lot: string }
  /** R8a: the goods say another lot than the slot: the engine raises lot-mismatch. */
  | { kind: 'mismatch'; expected: string; found: string }
  /** R2: the slot's lot is not known: the scanned lot is the only fact there is. */
  | { kind: 'slot-unknown'; found: string };

/** R8a: the lot scanned on the goods against the slot's lot. */
export function checkLot(slot: SlotLot, scanned: string): LotCheck {
  const expected = knownLot(slot);
  if (expected === null) return { kind: 'slot-unknown', found: scanned };
  return expected === scanned ? { kind: 'match', lot: scanned } : { kind: 'mismatch', expected, found: scanned };
}

/**
 * R4, R8a: the lot of (lot-per-slot) stock leaving a slot: the one scanned on
 * the goods where there is a scan (the physical fact), else the slot's; null
 * when nobody knows it.
 */
export function lotLeaving(slot: SlotLot, scanned: string | null | undefined): string | null {
  return scanned ?? knownLot(slot);
}
