import { z } from 'zod';
import { lot, quantity } from './common';

/** C2: a supervisor closes an exception: accept the state, ask for a count, or adjust the slot. */
export const resolveExceptionPayload = z.object({
  exceptionId: z.string().min(1).max(200),
  action: z.enum(['accept', 'count-task', 'adjust']),
  /** Required for 'adjust': the slot's true quantity and lot. */
  adjust: z.object({ quantity, lot: lot.nullable().optional() }).optional(),
  note: z.string().max(500).optional(),
}).refine((p) => p.action !== 'adjust' || p.adjust !== undefined, {
  message: 'adjust is required when action is adjust', path: ['adjust'],
});
export type ResolveExceptionPayload = z.infer<typeof resolveExceptionPayload>;
