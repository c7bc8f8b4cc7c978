import { z } from 'zod';
import type { OpContext, World } from '../engine';
import type { Drafted } from '../effects-builder';
import { applyTransfer } from '../transfer';
import {
  condition, distinctSerials, itemRef, locationRef, lot, positiveQuantity, SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialRef, serialsMatchQuantity,
} from './common';

/** R8a, R3: stock moved (or pulled) from one slot to another. */
export const movePayload = z.object({
  item: itemRef,
  from: locationRef,
  to: locationRef,
  condition,
  /** Destination condition for durable items; defaults to the source's. */
  toCondition: z.string().trim().max(32).optional(),
  quantity: positiveQuantity,
  /** R8a: scanned from the goods to verify against the source slot. */
  lot: lot.optional(),
  serials: z.array(serialRef).optional(),
})
  .refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type MovePayload = z.infer<typeof movePayload>;

/** R8a, R3, R6: a move or pull; see transfer.ts. */
export function applyMove(p: MovePayload, w: World, ctx: OpContext): Drafted {
  // C2: lots on hold or expired moved into a pick face are a post-rule (post-rules.ts).
  return applyTransfer(p, w, ctx, { out: 'move-out', in: 'move-in', checkCapacity: true });
}
