import { z } from 'zod';
import type { OpContext, World } from '../engine';
import type { Drafted } from '../effects-builder';
import { applyTransfer } from '../transfer';
import {
  condition, distinctSerials, itemRef, locationRef, lot, positiveQuantity, SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialRef, serialsMatchQuantity,
} from './common';

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
})
  .refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type PutawayPayload = z.infer<typeof putawayPayload>;

/** R3, R6: staged stock put into storage, like a move with putaway transactions. */
export function applyPutaway(p: PutawayPayload, w: World, ctx: OpContext): Drafted {
  return applyTransfer(p, w, ctx, { out: 'putaway-out', in: 'putaway-in', checkCapacity: true });
}
