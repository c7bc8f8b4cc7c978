// R9 (counting as warehouses count): a count whose difference from the record
// is larger than the review threshold (settings.floor.countReviewAbove) is not
// applied on the operator's word. It is held as a 'count-review' exception for
// a supervisor, who accepts it (the counted difference is booked) or sends the
// slot to be counted again. Device and server run this same code (C4).
import type { FloorSettings, Slot } from './types';

/** What a held count keeps in its exception's details: enough to book it later. */
export interface HeldCount {
  recorded: { lot: string | null; quantity: number };
  counted: { quantity: number; lot: string | null };
  difference: number;
  reviewAbove: number;
}

/** True when the count must wait for a supervisor (a threshold of 0 means every count applies). */
export function countNeedsReview(floor: Pick<FloorSettings, 'countReviewAbove'>, recorded: number, counted: number): boolean {
  return floor.countReviewAbove > 0 && Math.abs(counted - recorded) > floor.countReviewAbove;
}

/** The details of a held count, or null when they are not a held count's (an older or foreign row). */
export function heldCountOf(details: Record<string, unknown>): HeldCount | null {
  const counted = details.counted as HeldCount['counted'] | undefined;
  if (typeof details.difference !== 'number' || typeof counted?.quantity !== 'number') return null;
  return details as unknown as HeldCount;
}

/**
 * What accepting a held count sets the slot to: the counted difference booked
 * on the slot as it is now, so stock picked or put away since the count is not
 * undone; the counted lot (or the slot's own) for what remains.
 */
export function acceptedCount(held: HeldCount, now: Pick<Slot, 'quantity' | 'lot'>): { quantity: number; lot: string | null } {
  const quantity = Math.max(0, now.quantity + held.difference);
  return { quantity, lot: quantity === 0 ? null : (held.counted.lot ?? now.lot) };
}
