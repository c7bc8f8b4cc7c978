// First expired, first out: which slot a pick should take from.
import type { LotRecord, Slot } from '../types';
import { findLotRecord, lotStatus } from './expiry';

export interface FefoCandidate {
  slot: Slot;
  /** The slot's location code, used to order equal expiries the same way everywhere. */
  locationCode: string;
}

export interface FefoRanked extends FefoCandidate {
  lot: LotRecord | undefined;
  expiry: string | null;
  status: ReturnType<typeof lotStatus>;
}

/**
 * Slots of one item with stock, ranked for picking: available lots first, by
 * earliest expiry; equal expiries by location code; lots without an expiry
 * after every dated lot; held or expired lots last (they may not be picked).
 */
export function rankFefo(candidates: readonly FefoCandidate[], lots: readonly LotRecord[] | undefined, today: string): FefoRanked[] {
  const ranked = candidates
    .filter((c) => c.slot.quantity > 0)
    .map((c) => {
      const lot = findLotRecord(lots, c.slot.itemId, c.slot.lot);
      return { ...c, lot, expiry: lot?.expiry ?? null, status: lotStatus(lot, today) };
    });
  const key = (r: FefoRanked): [number, string, string] => [
    r.status === 'available' ? (r.expiry === null ? 1 : 0) : 2,
    r.expiry ?? '',
    r.locationCode,
  ];
  return ranked.sort((a, b) => {
    const [ga, ea, la] = key(a);
    const [gb, eb, lb] = key(b);
    return ga - gb || ea.localeCompare(eb) || la.localeCompare(lb) || a.slot.id.localeCompare(b.slot.id);
  });
}

/** The slot FEFO suggests: the earliest-expiring available lot; undefined when nothing may be picked. */
export function fefoChoice(candidates: readonly FefoCandidate[], lots: readonly LotRecord[] | undefined, today: string): FefoRanked | undefined {
  const first = rankFefo(candidates, lots, today)[0];
  return first && first.status === 'available' ? first : undefined;
}

/**
 * Whether picking from `chosen` skips an earlier-expiring available lot: the
 * pick is allowed, but the operator is asked why and the reason recorded.
 */
export function skipsEarlierLot(chosen: FefoCandidate, candidates: readonly FefoCandidate[], lots: readonly LotRecord[] | undefined, today: string): FefoRanked | undefined {
  const best = fefoChoice(candidates, lots, today);
  if (!best || best.expiry === null || best.slot.id === chosen.slot.id) return undefined;
  const own = findLotRecord(lots, chosen.slot.itemId, chosen.slot.lot)?.expiry ?? null;
  if (own !== null && own <= best.expiry) return undefined;
  return best;
}
