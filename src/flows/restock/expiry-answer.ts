// Issue 16: what the operator hears about a lot's expiry at receipt. The rule
// is the domain's (receiptExpiry); this turns it into a scan's verdict.
import { receiptExpiry, type FloorSettings } from '../../domain';
import type { ScanVerdict } from '../../scan/scan-bus';
import { say } from '../../words';

export function expiryAnswer(lot: string | undefined, expiry: string | undefined, today: string, floor: FloorSettings): ScanVerdict {
  const judged = receiptExpiry(expiry, today, floor);
  const name = lot ?? '';
  if (judged.kind === 'expired' && expiry) {
    return judged.refuse
      ? { ok: false, message: say('restock.expiry.refused', { lot: name, expiry }) }
      : { ok: true, warning: say('restock.expiry.expired', { lot: name, expiry }) };
  }
  if (judged.kind === 'near' && expiry) return { ok: true, warning: say('restock.expiry.near', { lot: name, expiry, days: judged.daysLeft }) };
  return { ok: true };
}
