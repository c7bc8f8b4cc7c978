// What a scan means at each assign step and what each condition's row needs
// (the payload it records is payload.ts). Pure: the steps resolve codes against the
// replica. R8: a tracked item's non-zero quantity needs its lot, per condition;
// R13: each new serial carries its lot. The engine decides (C2).
import type { Item, ScanResult } from '../../domain';
import { hasGtin } from '../../domain';

import { say } from '../../words';
import type { Refused } from '../kit/serial-scan';

export interface AssignSerial { serial: string; lot: string | null }

/** One slot of the assignment: one per condition for durable items, else one with condition ''. */
export interface ConditionRow {
  condition: string;
  quantity: number;
  lot: string;
  serials: AssignSerial[];
}

/** The rows to fill: a durable item's conditions (R8: per condition), else one. */
export function conditionRows(item: Item): ConditionRow[] {
  const conditions = item.durable && item.conditions.length > 0 ? item.conditions : [''];
  return conditions.map((condition) => ({ condition, quantity: 0, lot: '', serials: [] }));
}

/** At the item step: an SKU, a GTIN or a GS1 label's GTIN. */
export function itemCode(result: ScanResult): { kind: 'item'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value };
  if (!result.gtin) return { kind: 'refused', message: say('scan.label.no-gtin') };
  return { kind: 'item', code: result.gtin };
}

/** At the location step: the code printed on a location label. */
export function locationScan(result: ScanResult): { kind: 'location'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain') return { kind: 'refused', message: say('scan.location.product-label') };
  return { kind: 'location', code: result.value };
}

/**
 * At the stock step. Serialized items: a serial (a GS1 label may carry its
 * lot). Tracked items: the lot of the active condition. Untracked: nothing to scan.
 */
export function stockScan(item: Item, result: ScanResult): { kind: 'lot'; lot: string } | { kind: 'serial'; serial: string; lot?: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain' && result.gtin && !hasGtin(item, result.gtin)) {
    return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
  }
  if (item.serialized) {
    if (result.kind === 'plain') return { kind: 'serial', serial: result.value };
    if (!result.serial) return { kind: 'refused', message: say('scan.label.no-serial') };
    return { kind: 'serial', serial: result.serial, ...(result.lot !== undefined ? { lot: result.lot } : {}) };
  }
  if (!item.lotTracked) return { kind: 'refused', message: say('assign.stock.untracked', { sku: item.sku }) };
  if (result.kind === 'plain') return { kind: 'lot', lot: result.value };
  if (!result.lot) return { kind: 'refused', message: say('scan.label.no-lot') };
  return { kind: 'lot', lot: result.lot };
}

/** R13: a new serial for the assignment; repeats are refused, and a tracked item's serial needs its lot. */
export function addSerialCheck(item: Item, serial: string, lot: string, rows: readonly ConditionRow[], inStock: boolean): string | null {
  if (rows.some((r) => r.serials.some((s) => s.serial === serial))) return say('assign.serial.repeat', { serial });
  if (inStock) return say('scan.serial.in-stock', { serial });
  if (item.lotTracked && lot.trim() === '') return say('scan.serial.lot-first');
  return null;
}

/** R8: why a row cannot be saved yet (null when it can). Guidance only: the engine flags a missing lot. */
export function rowBlock(item: Item, row: ConditionRow): string | null {
  if (item.serialized) return null;
  if (item.lotTracked && row.quantity > 0 && row.lot.trim() === '') return say('assign.lot-required');
  return null;
}
