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

/** No serial listed twice in one list. */
export function distinctSerials(serials: readonly (string | { serial: string })[] | undefined): boolean {
  if (!serials) return true;
  const names = serials.map((s) => (typeof s === 'string' ? s : s.serial));
  return new Set(names).size === names.length;
}

/** R13: when serials are listed, there is one per unit (a mismatch is malformed, C3). */
export function serialsMatchQuantity(p: { quantity: number; serials?: readonly unknown[] | undefined }): boolean {
  return p.serials === undefined || p.serials.length === p.quantity;
}

export const SERIAL_COUNT_MESSAGE = 'serials must list one serial per unit of quantity';
export const SERIAL_DISTINCT_MESSAGE = 'a serial is listed more than once';
