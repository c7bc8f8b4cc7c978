// Loads the few rows one operation touches, locked for the rest of its
// transaction, so several server instances on one PostgreSQL stay correct:
// - items FOR SHARE: ops on one item run side by side, but a tracking switch
//   (FOR UPDATE) waits for them and they wait for it (R1/R2 see all stock);
// - slots and serials FOR UPDATE: two ops on one slot run one after the other;
// - a slot that does not exist yet is created by an INSERT whose unique key
//   (item, location, condition) makes a concurrent creator fail and retry.
import type { Queryable } from '../db/connection';
import { EXCEPTIONS, ITEMS, LOCATIONS, SERIALS, SLOTS, selectList } from '../db/tables';
import { DEFAULT_SETTINGS, toGtin14 } from '../domain';
import type { Item, Location, LotException, Refs, Serial, Settings, Slot, World } from '../domain';

export async function loadWorld(tx: Queryable, refs: Refs, lockItemsExclusively: boolean): Promise<World> {
  const exceptions = await loadExceptions(tx, refs.exceptionIds);
  const extraItemIds = exceptions.map((e) => e.itemId).filter((id): id is string => id !== null);
  const extraLocationIds = exceptions.map((e) => e.locationId).filter((id): id is string => id !== null);

  const gtins = refs.items.map(toGtin14).filter((g): g is string => g !== null);
  const items = (await tx.query<Item>(
    `SELECT ${selectList(ITEMS)} FROM items
      WHERE sku = ANY($1::text[]) OR id = ANY($3::text[])
         OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = ANY($2::text[]))
      ORDER BY id FOR ${lockItemsExclusively ? 'UPDATE' : 'SHARE'}`,
    [refs.items, gtins, extraItemIds],
  )).rows;
  const locations = (await tx.query<Location>(
    `SELECT ${selectList(LOCATIONS)} FROM locations WHERE code = ANY($1::text[]) OR id = ANY($2::text[])`,
    [refs.locations, extraLocationIds],
  )).rows;

  const itemIds = items.map((i) => i.id);
  const slots = itemIds.length === 0 ? [] : (await tx.query<Slot>(
    `SELECT ${selectList(SLOTS)} FROM slots
      WHERE item_id = ANY($1::text[]) AND ($3 OR location_id = ANY($2::text[]))
      ORDER BY id FOR UPDATE`,
    [itemIds, locations.map((l) => l.id), refs.allSlotsOfItems],
  )).rows;

  // Serials named by the operation, and those in the slots it touches (counts).
  const serials = refs.serials.length === 0 && slots.length === 0 ? [] : (await tx.query<Serial>(
    `SELECT ${selectList(SERIALS)} FROM serials
      WHERE serial = ANY($1::text[]) OR slot_id = ANY($2::text[])
      ORDER BY id FOR UPDATE`,
    [refs.serials, slots.map((s) => s.id)],
  )).rows;
  // A named serial may sit in a slot of another location: load that slot too.
  const knownSlots = new Set(slots.map((s) => s.id));
  const missingSlotIds = [...new Set(serials.map((s) => s.slotId).filter((id): id is string => id !== null && !knownSlots.has(id)))];
  const extraSlots = missingSlotIds.length === 0 ? [] : (await tx.query<Slot>(
    `SELECT ${selectList(SLOTS)} FROM slots WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    [missingSlotIds],
  )).rows;
  const extraLocations = await loadMissingLocations(tx, extraSlots, locations);

  return {
    items,
    locations: [...locations, ...extraLocations],
    slots: [...slots, ...extraSlots],
    serials,
    exceptions,
    settings: await loadSettings(tx),
  };
}

async function loadExceptions(tx: Queryable, ids: string[]): Promise<LotException[]> {
  if (ids.length === 0) return [];
  return (await tx.query<LotException>(
    `SELECT ${selectList(EXCEPTIONS)} FROM exceptions WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    [ids],
  )).rows;
}

async function loadMissingLocations(tx: Queryable, slots: Slot[], have: Location[]): Promise<Location[]> {
  const haveIds = new Set(have.map((l) => l.id));
  const ids = [...new Set(slots.map((s) => s.locationId).filter((id) => !haveIds.has(id)))];
  if (ids.length === 0) return [];
  return (await tx.query<Location>(`SELECT ${selectList(LOCATIONS)} FROM locations WHERE id = ANY($1::text[])`, [ids])).rows;
}

export async function loadSettings(tx: Queryable): Promise<Settings> {
  const row = (await tx.query<{ value: Settings }>('SELECT value FROM settings WHERE id = 1')).rows[0];
  return row ? { ...DEFAULT_SETTINGS, ...row.value, scanner: { ...DEFAULT_SETTINGS.scanner, ...row.value.scanner } } : DEFAULT_SETTINGS;
}
