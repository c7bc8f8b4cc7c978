// What a label scanned outside any task names, read from the replica: a
// location and what it holds, an item and where it is stored, a lot and where
// its stock is, or a serial's unit. Home answers every scan with this.
import type { Item, Location, LotRecord, ScanResult, Serial } from '../domain';
import { serverItemIdsHoldingLot } from './blocks';
import type { ReplicaDb } from './db';
import { findItem, findLocation, findSerial, itemsById, slotsOfItem, stockAt, type SlotView, type SlotWithItem } from './queries';

export interface LotHolding { item: Item; record: LotRecord | null; slots: SlotView[] }

export type ScanLookup =
  | { kind: 'location'; location: Location; stock: SlotWithItem[] }
  /** `lot`: the label named one, so only its slots are listed. */
  | { kind: 'item'; item: Item; slots: SlotView[]; lot: string | null }
  | { kind: 'lot'; lot: string; holdings: LotHolding[] }
  | { kind: 'serial'; item: Item; serial: Serial; slot: SlotView | null }
  | { kind: 'unknown'; code: string };

const stocked = (slots: SlotView[]) => slots.filter((s) => s.quantity !== 0);

async function itemAnswer(db: ReplicaDb, item: Item, lot: string | null): Promise<ScanLookup> {
  const slots = stocked(await slotsOfItem(db, item.id));
  return { kind: 'item', item, lot, slots: lot === null ? slots : slots.filter((s) => s.lot === lot) };
}

async function serialAnswer(db: ReplicaDb, serial: Serial): Promise<ScanLookup | null> {
  const item = (await itemsById(db, [serial.itemId])).get(serial.itemId);
  if (!item) return null;
  const slot = serial.slotId === null ? null : (await slotsOfItem(db, item.id)).find((s) => s.id === serial.slotId) ?? null;
  return { kind: 'serial', item, serial, slot };
}

/** A lot by its number: the items with a lot record of it or a slot holding it (stock received before lot records existed). */
async function lotAnswer(db: ReplicaDb, lot: string): Promise<ScanLookup | null> {
  const [records, fromSlots, overlaid] = await Promise.all([
    db.lots.where('lot').equals(lot).toArray(),
    serverItemIdsHoldingLot(db, lot),
    db.overlayItems.filter((r) => r.slots.some((s) => s.lot === lot)).primaryKeys(),
  ]);
  const itemIds = [...new Set([...records.map((r) => r.itemId), ...fromSlots, ...overlaid])];
  if (itemIds.length === 0) return null;
  const items = await itemsById(db, itemIds);
  const holdings = await Promise.all(itemIds.flatMap((id) => {
    const item = items.get(id);
    const record = records.find((r) => r.itemId === id) ?? null;
    return item ? [slotsOfItem(db, id).then((slots) => ({ item, record, slots: stocked(slots).filter((s) => s.lot === lot) }))] : [];
  }));
  return { kind: 'lot', lot, holdings };
}

/** A GS1 label names its item (and lot or serial); a plain code is tried as location, item, serial, then lot. */
export async function lookUpScan(db: ReplicaDb, result: Extract<ScanResult, { ok: true }>): Promise<ScanLookup> {
  if (result.kind === 'gs1') {
    if (result.serial !== undefined) {
      const unit = await findSerial(db, result.serial);
      const answer = unit && (await serialAnswer(db, unit));
      if (answer) return answer;
    }
    const item = result.gtin ? await findItem(db, result.gtin) : undefined;
    if (item) return itemAnswer(db, item, result.lot ?? null);
    return { kind: 'unknown', code: result.gtin ?? result.lot ?? '' };
  }
  const code = result.value;
  const location = await findLocation(db, code);
  if (location) return { kind: 'location', location, stock: (await stockAt(db, location.id)).filter((s) => s.slot.quantity !== 0) };
  const item = await findItem(db, result.gtin ?? code);
  if (item) return itemAnswer(db, item, null);
  const unit = await findSerial(db, code);
  const serial = unit && (await serialAnswer(db, unit));
  if (serial) return serial;
  return (await lotAnswer(db, code)) ?? { kind: 'unknown', code };
}
