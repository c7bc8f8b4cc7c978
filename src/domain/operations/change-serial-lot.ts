import { z } from 'zod';
import { lot, serialRef } from './common';

/** R14: a supervisor corrects a serial's lot on its detail. */
export const changeSerialLotPayload = z.object({ serial: serialRef, lot });
export type ChangeSerialLotPayload = z.infer<typeof changeSerialLotPayload>;
