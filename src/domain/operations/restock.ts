import { z } from 'zod';
import { condition, itemRef, locationRef, lot, newSerial, positiveQuantity } from './common';

/** R5, R6, R7, R13: stock received and placed into slots, split over lots. */
export const restockPayload = z.object({
  item: itemRef,
  lines: z.array(z.object({
    location: locationRef,
    condition,
    quantity: positiveQuantity,
    lot: lot.optional(),
    /** Serialized items: one entry per unit; quantity must equal their count. */
    serials: z.array(newSerial).optional(),
  })).min(1).max(200),
});
export type RestockPayload = z.infer<typeof restockPayload>;
