import { z } from 'zod';
import { itemRef, lot, positiveQuantity, serialRef } from './common';

/** R15, R15a: lots recorded on a shipment at packing; not tied to stock. */
export const packPayload = z.object({
  shipment: z.string().trim().min(1).max(64),
  lines: z.array(z.object({
    item: itemRef,
    quantity: positiveQuantity,
    lot: lot.optional(),
    serial: serialRef.optional(),
    /** The lot the pick took, when known, to show a mismatch. */
    pickedLot: lot.nullable().optional(),
  })).min(1).max(500),
});
export type PackPayload = z.infer<typeof packPayload>;
