// What a scan means on the recall screen: a GS1 code gives the lot (AI 10)
// and the item (AI 01); any other code is taken as the lot itself.
import type { ScanResult } from '../../domain';
import { say } from '../../words';

export type RecallScan = { ok: true; lot: string; item: string } | { ok: false; message: string };

export function recallTarget(result: ScanResult): RecallScan {
  if (!result.ok) return { ok: false, message: result.message };
  if (result.kind === 'gs1') {
    if (!result.lot) return { ok: false, message: say('console.recall.scan.no-lot') };
    return { ok: true, lot: result.lot, item: result.gtin ?? '' };
  }
  if (result.gtin) return { ok: false, message: say('console.recall.scan.product') };
  return { ok: true, lot: result.value, item: '' };
}
