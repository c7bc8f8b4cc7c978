import { z } from 'zod';
import { condition, itemRef, locationRef, lot, positiveQuantity, serialRef } from './common';

/** R8a, R3: stock moved (or pulled) from one slot to another. */
export const movePayload = z.object({
  item: itemRef,
  from: locationRef,
  to: locationRef,
  condition,
  /** Destination condition for durable items; defaults to the source's. */
  toCondition: z.string().trim().max(32).optional(),
  quantity: positiveQuantity,
  /** R8a: scanned from the goods to verify against the source slot. */
  lot: lot.optional(),
  serials: z.array(serialRef).optional(),
});
export type MovePayload = z.infer<typeof movePayload>;
