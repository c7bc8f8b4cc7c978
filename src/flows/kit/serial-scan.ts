// A scan at a serials step (pick, count, return): a plain code is the serial
// itself; a GS1 label gives its (21), and must be this item's label.
import type { Item, ScanResult } from '../../domain';
import { hasGtin } from '../../domain';
import { say } from '../../words';

/** A scan a step cannot take, with the words that say why. */
export type Refused = { kind: 'refused'; message: string };

export function serialCode(item: Item, result: ScanResult): { kind: 'serial'; serial: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'serial', serial: result.value };
  if (result.gtin && !hasGtin(item, result.gtin)) {
    return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
  }
  if (!result.serial) return { kind: 'refused', message: say('scan.label.no-serial') };
  return { kind: 'serial', serial: result.serial };
}
