// Lot records written when stock is received: expiry from the receipt's dates,
// first received, and a flag when a lot comes back with another expiry.
import { raise, type Draft } from '../effects-builder';
import { findItem } from '../lookup';
import { dayOf, expiryFrom, lotRecordId, type ExpiryInput } from './expiry';

export interface ReceivedLine {
  location: string;
  gs1?: ExpiryInput['gs1'];
  /** The restock line's typed expiry (YYYY-MM-DD). */
  expiry?: string | undefined;
  lot?: string | undefined;
  serials?: { lot?: string | undefined }[] | undefined;
}

/**
 * Lot records of a restock's lines. A new lot gets the receipt's expiry and
 * first-received time. A known lot keeps its stored expiry: a receipt without
 * a date leaves it; one with a different date is flagged 'expiry-conflict' and
 * never overwrites it; a lot stored without a date takes the first one given.
 */
export function receiveLots(d: Draft, itemRef: string, lines: readonly ReceivedLine[]): void {
  const { world: w, ctx } = d;
  const item = findItem(w, itemRef);
  if (!item) return;
  const today = dayOf(ctx.deviceTime);
  const current = new Map((w.lots ?? []).filter((l) => l.itemId === item.id).map((l) => [l.id, l]));
  const changed = d.lots;
  for (const line of lines) {
    const lots = [...new Set([line.lot, ...(line.serials ?? []).map((s) => s.lot)].filter((l): l is string => !!l))];
    const dated = expiryFrom({ gs1: line.gs1, typed: line.expiry }, item, today);
    const location = w.locations.find((l) => l.code === line.location.trim());
    for (const lot of lots) {
      const id = lotRecordId(item.id, lot);
      const stored = changed.get(id) ?? current.get(id);
      if (!stored) {
        changed.set(id, {
          id, itemId: item.id, lot, expiry: dated?.expiry ?? null, expirySource: dated?.source ?? null,
          firstReceived: ctx.deviceTime, onHold: false, holds: [],
        });
      } else if (dated && stored.expiry === null) {
        changed.set(id, { ...stored, expiry: dated.expiry, expirySource: dated.source, firstReceived: stored.firstReceived ?? ctx.deviceTime });
      } else if (dated && stored.expiry !== dated.expiry) {
        raise(d, 'expiry-conflict', { itemId: item.id, locationId: location?.id ?? null }, {
          lot, expected: { expiry: stored.expiry }, found: { expiry: dated.expiry, source: dated.source },
        });
      } else if (stored.firstReceived === null) {
        changed.set(id, { ...stored, firstReceived: ctx.deviceTime });
      }
    }
  }
}
