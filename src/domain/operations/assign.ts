import { z } from 'zod';
import { itemRef, locationRef, lot, newSerial, quantity } from './common';

/** R8, R13: an item assigned to a location with a capacity, per condition for durable items. */
export const assignPayload = z.object({
  item: itemRef,
  location: locationRef,
  capacity: quantity,
  conditions: z.array(z.object({
    condition: z.string().trim().max(32).default(''),
    quantity,
    /** R8: required for a non-zero quantity of a tracked item. */
    lot: lot.optional(),
    serials: z.array(newSerial).optional(),
  })).min(1).max(20),
});
export type AssignPayload = z.infer<typeof assignPayload>;
