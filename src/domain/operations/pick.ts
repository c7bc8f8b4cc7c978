import { z } from 'zod';
import { condition, itemRef, locationRef, positiveQuantity, quantity, serialRef } from './common';

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
  pickList: z.string().max(64).optional(),
});
export type PickPayload = z.infer<typeof pickPayload>;
