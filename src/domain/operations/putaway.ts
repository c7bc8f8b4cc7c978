import { z } from 'zod';
import { condition, itemRef, locationRef, lot, positiveQuantity, serialRef } from './common';

/** R3, R6: staged stock moved from a receiving location into storage. */
export const putawayPayload = z.object({
  item: itemRef,
  from: locationRef,
  to: locationRef,
  condition,
  quantity: positiveQuantity,
  /** Scanned from the goods to verify against the staging slot (R8a). */
  lot: lot.optional(),
  serials: z.array(serialRef).optional(),
});
export type PutawayPayload = z.infer<typeof putawayPayload>;
