// What a scan means at each pack step and what a line must carry (the payload
// a pack records is payload.ts). Pure: the steps resolve codes against the replica. R15: the
// lot recorded belongs to the shipment; R15a: it is asked for by item.lotAtPack
// (with the setting on), not by item.lotTracked. The engine decides (C2).
import type { Item, ScanResult, Settings } from '../../domain';
import { hasGtin } from '../../domain';

import { say } from '../../words';
import type { Refused } from '../kit/serial-scan';

/** At the shipment step: a plain code (or the label's SSCC) is the shipment reference. */
export function shipmentScan(result: ScanResult): { kind: 'shipment'; reference: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'shipment', reference: result.value.trim() };
  return { kind: 'refused', message: say('pack.scan.product-label') };
}

/** R15, R15a: what a packed line of this item must record. */
export function asks(item: Item, settings: Pick<Settings, 'requireLotAtPack'>): { lot: boolean; serial: boolean } {
  const lot = settings.requireLotAtPack && item.lotAtPack;
  return { lot, serial: lot && item.serialized };
}

export interface PackLine {
  key: string;
  item: Item;
  quantity: number;
  lot: string;
  serial: string;
  /** The lot the device knows was picked (optional): a different lot is shown, not blocked (R15). */
  pickedLot: string;
}

export type LineScan =
  | { kind: 'item'; code: string; lot?: string; serial?: string }
  | { kind: 'fill'; lot?: string; serial?: string }
  | Refused;

/**
 * At the lines step. Without a current item a scan names the item (a GS1
 * label may carry lot and serial, filling them). With one, this item's GS1
 * label fills lot and serial, and a plain code fills the first asked field
 * still empty (lot, then serial).
 */
export function lineScan(
  result: ScanResult, current: Pick<PackLine, 'item' | 'lot' | 'serial'> | null, asked: { lot: boolean; serial: boolean },
): LineScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (!current) {
    if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value };
    if (!result.gtin) return { kind: 'refused', message: say('scan.label.no-gtin') };
    return {
      kind: 'item', code: result.gtin,
      ...(result.lot !== undefined ? { lot: result.lot } : {}),
      ...(result.serial !== undefined ? { serial: result.serial } : {}),
    };
  }
  if (result.kind !== 'plain') {
    if (result.gtin && !hasGtin(current.item, result.gtin)) {
      return { kind: 'refused', message: say('pack.scan.other-item', { sku: current.item.sku }) };
    }
    if (result.lot === undefined && result.serial === undefined) return { kind: 'refused', message: say('pack.scan.no-lot-serial') };
    return { kind: 'fill', ...(result.lot !== undefined ? { lot: result.lot } : {}), ...(result.serial !== undefined ? { serial: result.serial } : {}) };
  }
  if (asked.lot && current.lot.trim() === '') return { kind: 'fill', lot: result.value };
  if (asked.serial && current.serial.trim() === '') return { kind: 'fill', serial: result.value };
  return { kind: 'refused', message: say('pack.scan.line-first', { sku: current.item.sku }) };
}

/** R15: why the line cannot be added yet (null when it can). Guidance only: the engine flags a line without them. */
export function lineBlock(line: Pick<PackLine, 'quantity' | 'lot' | 'serial'>, asked: { lot: boolean; serial: boolean }): string | null {
  if (line.quantity < 1) return say('pack.line.quantity-needed');
  if (asked.lot && line.lot.trim() === '') return say('pack.line.lot-needed');
  if (asked.serial && line.serial.trim() === '') return say('pack.line.serial-needed');
  return null;
}

/** R15: the recorded lot differs from the lot picked: shown, never blocked. */
export function isLotMismatch(line: Pick<PackLine, 'lot' | 'pickedLot'>): boolean {
  const lot = line.lot.trim();
  const picked = line.pickedLot.trim();
  return lot !== '' && picked !== '' && lot !== picked;
}
