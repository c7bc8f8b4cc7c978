// What a scan means at each restock step. Pure: the wizard's components
// resolve the result against the replica and show the refusal words.
import { hasGtin, type Item, type ScanResult } from '../../domain';
import { say } from '../../words';

export type ItemScan =
  | { kind: 'item'; code: string; lot?: string; serial?: string; expiry?: string }
  | { kind: 'refused'; message: string };

/** At the item step: a GS1 label names the item by its GTIN and may carry lot, serial and expiry. */
export function itemScan(result: ScanResult): ItemScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value };
  if (!result.gtin) return { kind: 'refused', message: say('scan.label.no-gtin') };
  return {
    kind: 'item', code: result.gtin,
    ...(result.lot !== undefined ? { lot: result.lot } : {}),
    ...(result.serial !== undefined ? { serial: result.serial } : {}),
    // (17) expiry, else (15) best before: the date the lot record keeps (issue 8).
    ...((result.expiry ?? result.bestBefore) !== undefined ? { expiry: result.expiry ?? result.bestBefore } : {}),
  };
}

export type LotScan = { kind: 'lot'; lot: string; serial?: string; expiry?: string } | { kind: 'refused'; message: string };

/** At the lots or serials step: a plain code is the lot (or serial); a GS1 label must be this item's. */
export function lotScan(item: Item, result: ScanResult, want: 'lot' | 'serial'): LotScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return want === 'lot' ? { kind: 'lot', lot: result.value } : { kind: 'lot', lot: '', serial: result.value };
  if (result.gtin && !hasGtin(item, result.gtin)) {
    return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
  }
  if (want === 'serial') {
    if (!result.serial) return { kind: 'refused', message: say('scan.label.no-serial') };
    return { kind: 'lot', lot: result.lot ?? '', serial: result.serial };
  }
  if (!result.lot) return { kind: 'refused', message: say('scan.label.no-lot') };
  const expiry = result.expiry ?? result.bestBefore;
  return expiry !== undefined ? { kind: 'lot', lot: result.lot, expiry } : { kind: 'lot', lot: result.lot };
}
