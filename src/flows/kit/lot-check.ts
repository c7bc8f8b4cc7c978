// The words for a lot the device knows is on hold or expired, and for a pick
// that skips an earlier-expiring lot (FEFO). Shared by pick, move and pack.
import type { FefoRanked, LotRecord, LotStatus } from '../../domain';

/** A held or expired lot is refused at the slot; null when the lot may be taken. */
export function lotRefusal(lot: string | null, status: LotStatus, record: LotRecord | undefined): string | null {
  if (lot === null || status === 'available') return null;
  if (status === 'on-hold') {
    const reason = [...(record?.holds ?? [])].reverse().find((h) => h.action === 'hold')?.reason;
    return `Lot ${lot} is on hold${reason ? ` (${reason})` : ''}: do not take it. Leave it in place and tell a supervisor.`;
  }
  return `Lot ${lot} expired on ${record?.expiry ?? 'an earlier date'}: do not take it. Leave it in place and tell a supervisor.`;
}

export function fefoNotice(lot: string | null, own: string | null, earlier: FefoRanked): string {
  return `Lot ${lot ?? '?'} here ${own ? `expires ${own}` : 'has no expiry date'}; lot ${earlier.slot.lot ?? '?'} in ${earlier.locationCode} expires first (${earlier.expiry ?? ''}). Pick from ${earlier.locationCode}.`;
}
