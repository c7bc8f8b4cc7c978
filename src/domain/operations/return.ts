import { z } from 'zod';
import { condition, itemRef, locationRef, lot, positiveQuantity, serialRef } from './common';

/** R3, R4: picked stock put back into its slot or another that accepts its lot. */
export const returnPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  quantity: positiveQuantity,
  /** The lot of the returned stock (from its pick); null when the pick had an unknown lot. */
  lot: lot.nullable().optional(),
  serials: z.array(serialRef).optional(),
});
export type ReturnPayload = z.infer<typeof returnPayload>;
