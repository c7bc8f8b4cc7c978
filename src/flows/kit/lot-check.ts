// The words for a lot the device knows is on hold or expired, and for a pick
// that skips an earlier-expiring lot (FEFO). Shared by pick, move and pack.
import type { FefoRanked, LotRecord, LotStatus } from '../../domain';
import { say } from '../../words';

/** A held or expired lot is refused at the slot; null when the lot may be taken. */
export function lotRefusal(lot: string | null, status: LotStatus, record: LotRecord | undefined): string | null {
  if (lot === null || status === 'available') return null;
  if (status === 'on-hold') {
    const reason = [...(record?.holds ?? [])].reverse().find((h) => h.action === 'hold')?.reason;
    return say('kit.lot.on-hold', { lot, reason: reason ?? null });
  }
  return say('kit.lot.expired', { lot, expiry: record?.expiry ?? null });
}

export function fefoNotice(lot: string | null, own: string | null, earlier: FefoRanked): string {
  return say('kit.lot.fefo', { lot, own, earlierLot: earlier.slot.lot, location: earlier.locationCode, expiry: earlier.expiry });
}
