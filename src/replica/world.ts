// Loads the rows an operation touches from the optimistic view, mirroring what
// the server loads for it (sync-server/src/sync/load-world.ts), so the device's
// preview is decided on the same rows the server will use (C4).
import type { Location, Refs, Slot, World } from '../domain';
import type { ItemRecord, ReplicaDb } from './db';
import { exceptionsById, itemRecordsById, itemRecordsByRef, serialsByNumber, serialsInSlots, viewSettings } from './view';

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export async function loadWorld(db: ReplicaDb, refs: Refs): Promise<World> {
  const exceptions = await exceptionsById(db, refs.exceptionIds);
  const byRef = await itemRecordsByRef(db, refs.items);
  const byException = await itemRecordsById(db, exceptions.map((e) => e.itemId).filter(present));
  const records = new Map<string, ItemRecord>([...byRef, ...byException].map((r) => [r.id, r]));

  const codes = refs.locations.map((c) => c.trim());
  const [byCode, byId] = await Promise.all([
    codes.length ? db.locations.where('code').anyOf(codes).toArray() : Promise.resolve([]),
    db.locations.bulkGet(exceptions.map((e) => e.locationId).filter(present)),
  ]);
  const locations = new Map<string, Location>([...byCode, ...byId.filter(present)].map((l) => [l.id, l]));

  const slots = new Map<string, Slot>();
  for (const record of records.values()) {
    for (const slot of record.slots) {
      if (refs.allSlotsOfItems || locations.has(slot.locationId)) slots.set(slot.id, slot);
    }
  }
  const [named, inSlots] = await Promise.all([serialsByNumber(db, refs.serials), serialsInSlots(db, [...slots.keys()])]);
  const serials = new Map([...named, ...inSlots].map((s) => [s.id, s]));

  // A named serial may sit in a slot of another location: load that slot and its location too.
  const stray = [...serials.values()].filter((s) => s.slotId !== null && !slots.has(s.slotId));
  if (stray.length > 0) {
    const owners = await itemRecordsById(db, [...new Set(stray.map((s) => s.itemId))]);
    const wanted = new Set(stray.map((s) => s.slotId));
    for (const slot of owners.flatMap((r) => r.slots)) if (wanted.has(slot.id)) slots.set(slot.id, slot);
    const missing = [...slots.values()].map((s) => s.locationId).filter((id) => !locations.has(id));
    for (const l of (await db.locations.bulkGet([...new Set(missing)])).filter(present)) locations.set(l.id, l);
  }

  return {
    items: [...records.values()].map((r) => r.item).filter(present),
    locations: [...locations.values()],
    slots: [...slots.values()],
    serials: [...serials.values()],
    exceptions,
    settings: await viewSettings(db),
    // Lot records (expiry, hold) as last pulled, so a preview flags a held lot as the server will (C4).
    lots: records.size ? await db.lots.where('itemId').anyOf([...records.keys()]).toArray() : [],
  };
}
