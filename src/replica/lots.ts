// Lot records on the device (expiry, hold), as last pulled, and the FEFO and
// near-expiry reads built on them. Lot records change only through the server
// (restocks it records, holds a supervisor sends), so no overlay: a hold
// reaches this device with its next pull.
import {
  daysBetween, addDays, dayOf, findLotRecord, lotStatus, rankFefo, skipsEarlierLot,
  type FefoRanked, type Item, type LotRecord, type LotStatus,
} from '../domain';
import type { ReplicaDb } from './db';
import { slotsOfItem, type SlotView } from './queries';

/** Today as the engine sees an operation made now (its device time's date). */
export function todayOnDevice(now: Date = new Date()): string {
  return dayOf(now.toISOString());
}

export function lotsOfItem(db: ReplicaDb, itemId: string): Promise<LotRecord[]> {
  return db.lots.where('itemId').equals(itemId).toArray();
}

export async function lotRecord(db: ReplicaDb, itemId: string, lot: string | null): Promise<LotRecord | undefined> {
  return findLotRecord(lot === null ? [] : await lotsOfItem(db, itemId), itemId, lot);
}

export interface SlotLotCheck {
  record: LotRecord | undefined;
  status: LotStatus;
  /** Set when a slot holding an earlier-expiring available lot exists (FEFO). */
  earlier: FefoRanked | undefined;
}

/** The slot's lot as FEFO and holds see it: its status, and an earlier-expiring slot to prefer. */
export async function checkSlotLot(db: ReplicaDb, item: Item, slot: SlotView, today = todayOnDevice()): Promise<SlotLotCheck> {
  const [lots, slots] = await Promise.all([lotsOfItem(db, item.id), slotsOfItem(db, item.id)]);
  const record = findLotRecord(lots, item.id, slot.lot);
  const candidates = slots.map((s) => ({ slot: s, locationCode: s.location.code }));
  return {
    record,
    status: lotStatus(record, today),
    earlier: skipsEarlierLot({ slot, locationCode: slot.location.code }, candidates, lots, today),
  };
}

/** The item's stocked slots in FEFO order (the first is the suggestion when it is available). */
export async function fefoSlots(db: ReplicaDb, itemId: string, today = todayOnDevice()): Promise<(FefoRanked & { slot: SlotView })[]> {
  const [lots, slots] = await Promise.all([lotsOfItem(db, itemId), slotsOfItem(db, itemId)]);
  return rankFefo(slots.map((s) => ({ slot: s, locationCode: s.location.code })), lots, today) as (FefoRanked & { slot: SlotView })[];
}

export interface NearExpiryRow {
  itemId: string;
  lot: string;
  expiry: string;
  /** Negative once expired. */
  daysLeft: number;
  status: LotStatus;
  locationCode: string;
  quantity: number;
}

/** Stock of lots expiring within `days` days (expired ones included), by location, earliest first. */
export async function nearExpiry(db: ReplicaDb, days: number, today = todayOnDevice()): Promise<NearExpiryRow[]> {
  const until = addDays(today, days);
  const lots = await db.lots.where('expiry').belowOrEqual(until).toArray();
  const rows: NearExpiryRow[] = [];
  const byItem = new Map<string, LotRecord[]>();
  for (const l of lots) byItem.set(l.itemId, [...(byItem.get(l.itemId) ?? []), l]);
  for (const [itemId, itemLots] of byItem) {
    const slots = await slotsOfItem(db, itemId);
    for (const l of itemLots) {
      if (l.expiry === null) continue;
      for (const s of slots.filter((x) => x.lot === l.lot && x.quantity > 0)) {
        rows.push({
          itemId, lot: l.lot, expiry: l.expiry, daysLeft: daysBetween(today, l.expiry), status: lotStatus(l, today),
          locationCode: s.location.code, quantity: s.quantity,
        });
      }
    }
  }
  return rows.sort((a, b) => a.expiry.localeCompare(b.expiry) || a.locationCode.localeCompare(b.locationCode));
}
