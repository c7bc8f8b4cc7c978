// What a scan means on the take steps move and putaway share (lot, quantity),
// and what the task starts with. Pure: the steps apply the answer to the store.
import { hasGtin, type Item, type LotCheck, type ScanResult } from '../../../domain';
import type { ScanVerdict } from '../../../scan/scan-bus';
import { say } from '../../../words';

/** The default quantity: all the source slot holds (putaway: all staged at the dock; move: the whole slot). */
export function defaultQuantity(source: { quantity: number }): number {
  return Math.max(1, source.quantity);
}

/**
 * R8a: the answer to a lot scanned on the goods. A match (or a slot whose lot
 * nobody knows, R2) moves on; a different lot stays on the step with its own
 * tone and the two ways on: scan again, or record the goods' lot as found.
 */
export function lotVerdict(check: LotCheck): { advance: boolean; verdict: ScanVerdict } {
  if (check.kind === 'match') return { advance: true, verdict: { ok: true } };
  if (check.kind === 'slot-unknown') return { advance: true, verdict: { ok: true, warning: say('transfer.lot.slot-unknown', { found: check.found }) } };
  return { advance: false, verdict: { ok: true, warning: say('transfer.lot.mismatch', { expected: check.expected, found: check.found }) } };
}

export type QuantityScan =
  | { kind: 'quantity'; quantity: number }
  | { kind: 'location'; code: string }
  | { kind: 'refused'; message: string };

interface QuantityContext {
  /** What the source slot holds: a label cannot count more out of it. */
  holds: number;
  where: string;
  /** The lot being taken (verified or the slot's), when the item keeps one lot per slot. */
  lot: string | null;
}

/**
 * At the quantity step: a GS1 label of this item with a count ((30), else (37))
 * sets the quantity; a plain code is the destination's label (it confirms the
 * quantity on screen); anything else is refused with what to do.
 */
export function quantityScan(item: Item, result: ScanResult, { holds, where, lot }: QuantityContext): QuantityScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') {
    const own = (result.gtin !== undefined && hasGtin(item, result.gtin)) || result.value.toLowerCase() === item.sku.toLowerCase();
    return own ? { kind: 'refused', message: say('transfer.quantity.no-count') } : { kind: 'location', code: result.value };
  }
  if (result.gtin && !hasGtin(item, result.gtin)) return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
  if (result.quantity === undefined || result.quantity < 1) return { kind: 'refused', message: say('transfer.quantity.no-count') };
  if (lot !== null && result.lot !== undefined && item.lotTracked && !item.serialized && result.lot !== lot) {
    return { kind: 'refused', message: say('transfer.quantity.other-lot', { found: result.lot, lot }) };
  }
  if (result.quantity > holds) return { kind: 'refused', message: say('transfer.quantity.too-many', { count: result.quantity, where, holds }) };
  return { kind: 'quantity', quantity: result.quantity };
}

/** A GS1 label's count, when it carries one (an item or lot label may fill the quantity too). */
export function labelCount(result: ScanResult): number | undefined {
  return result.ok && result.kind === 'gs1' && result.quantity !== undefined && result.quantity >= 1 ? result.quantity : undefined;
}
