import { z } from 'zod';
import { condition, itemRef, locationRef, lot, quantity, serialRef } from './common';

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
});
export type CountPayload = z.infer<typeof countPayload>;
