import { z } from 'zod';
import { itemRef } from './common';

/** R1, R2: a supervisor switches lot tracking for one or many items. */
export const setLotTrackingPayload = z.object({
  items: z.array(itemRef).min(1).max(5000),
  tracked: z.boolean(),
});
export type SetLotTrackingPayload = z.infer<typeof setLotTrackingPayload>;
