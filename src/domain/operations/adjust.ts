import { z } from 'zod';
import { condition, itemRef, locationRef, lot, quantity } from './common';

/** R10, R11: a supervisor sets a slot's quantity and lot; a lot change is the remove-and-place pair. */
export const adjustPayload = z.object({
  item: itemRef,
  location: locationRef,
  condition,
  quantity,
  lot: lot.nullable().optional(),
  reason: z.string().max(200).optional(),
});
export type AdjustPayload = z.infer<typeof adjustPayload>;
