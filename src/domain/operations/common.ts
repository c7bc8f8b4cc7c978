// Schema pieces shared by the operation payloads.
import { z } from 'zod';

/** An item as scanned: its SKU or one of its GTINs. */
export const itemRef = z.string().trim().min(1).max(64);
/** A location's label code as scanned. */
export const locationRef = z.string().trim().min(1).max(64);
export const serialRef = z.string().trim().min(1).max(64);
/** A lot as printed on the goods (GS1 AI 10 allows up to 20 characters; other labels are longer). */
export const lot = z.string().trim().min(1).max(40);
export const condition = z.string().trim().max(32).default('');
export const quantity = z.number().int().nonnegative().max(1_000_000);
export const positiveQuantity = z.number().int().positive().max(1_000_000);
/** A new serial with its lot (R13: required when the item tracks lots). */
export const newSerial = z.object({ serial: serialRef, lot: lot.optional() });
