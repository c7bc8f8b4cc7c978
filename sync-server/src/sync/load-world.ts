// Checks the operation's id was not seen before and loads the few rows it
// touches in ONE statement (round trips dominate the push path), locked for the rest of its
// transaction so several server instances on one PostgreSQL stay correct:
// - items FOR SHARE: ops on one item run side by side, but a tracking switch
//   (FOR UPDATE) waits for them and they wait for it (R1/R2 see all stock);
// - slots and serials FOR UPDATE: two ops on one slot run one after the other;
// - a slot that does not exist yet is created by an INSERT whose unique key
//   (item, location, condition) makes a concurrent creator fail and retry.
import type { Queryable } from '../db/connection';
import { EXCEPTIONS, LOCATIONS, SERIALS, SLOTS, selectList } from '../db/tables';
import { settingsWithDefaults, toGtin14 } from '../domain';
import type { Item, Location, LotException, LotRecord, Refs, Serial, Settings, Slot, World } from '../domain';
import { LOTS } from '../lots/tables';
import { ITEMS } from '../masterdata/tables';
import { SEEN_SQL } from './operation-log';

const claimAndLoadSql = (lock: 'SHARE' | 'UPDATE') => `
WITH seen AS (${SEEN_SQL}),
-- Items as devices see them (shelf life, active): the engine reads both.
it AS (
  SELECT ${selectList(ITEMS)} FROM items
   WHERE sku = ANY($2::text[]) OR id = ANY($4::text[])
      OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = ANY($3::text[]))
   ORDER BY id FOR ${lock}),
lo AS (SELECT ${selectList(LOCATIONS)} FROM locations WHERE code = ANY($5::text[]) OR id = ANY($6::text[])),
sl AS (
  SELECT ${selectList(SLOTS)} FROM slots
   WHERE item_id IN (SELECT id FROM it) AND ($7::boolean OR location_id IN (SELECT id FROM lo))
   ORDER BY id FOR UPDATE),
se AS (
  SELECT ${selectList(SERIALS)} FROM serials
   WHERE serial = ANY($8::text[]) OR slot_id IN (SELECT id FROM sl)
   ORDER BY id FOR UPDATE),
-- Lot records of the items (expiry, hold), locked like slots: a hold and a
-- pick of the lot run one after the other, so a pick never misses a hold
-- committed before it.
lt AS (
  SELECT ${selectList(LOTS)} FROM lots
   WHERE item_id IN (SELECT id FROM it)
   ORDER BY id FOR UPDATE)
SELECT NOT EXISTS (SELECT 1 FROM seen) AS claimed,
  (SELECT coalesce(jsonb_agg(to_jsonb(it)), '[]') FROM it) AS items,
  (SELECT coalesce(jsonb_agg(to_jsonb(lo)), '[]') FROM lo) AS locations,
  (SELECT coalesce(jsonb_agg(to_jsonb(sl)), '[]') FROM sl) AS slots,
  (SELECT coalesce(jsonb_agg(to_jsonb(se)), '[]') FROM se) AS serials,
  (SELECT coalesce(jsonb_agg(to_jsonb(lt)), '[]') FROM lt) AS lots,
  (SELECT value FROM settings WHERE id = 1) AS settings`;
const CLAIM_AND_LOAD = { SHARE: claimAndLoadSql('SHARE'), UPDATE: claimAndLoadSql('UPDATE') };

interface Loaded {
  claimed: boolean;
  items: Item[];
  locations: Location[];
  slots: Slot[];
  serials: Serial[];
  lots: LotRecord[];
  settings: Partial<Settings> | null;
}

export async function loadUnlessSeen(
  tx: Queryable, opId: string, refs: Refs,
): Promise<{ claimed: false } | { claimed: true; world: World }> {
  // Exceptions are only named by a supervisor resolving one: a rare extra read.
  const exceptions = await loadExceptions(tx, refs.exceptionIds);
  const gtins = refs.items.map(toGtin14).filter((g): g is string => g !== null);
  const row = (await tx.query<Loaded>(CLAIM_AND_LOAD[refs.writesItems ? 'UPDATE' : 'SHARE'], [
    opId,
    refs.items, gtins, exceptions.map((e) => e.itemId).filter(isString),
    refs.locations, exceptions.map((e) => e.locationId).filter(isString),
    refs.allSlotsOfItems, refs.serials,
  ])).rows[0];
  if (!row?.claimed) return { claimed: false };

  // A named serial may sit in a slot of another location: load that slot too.
  const known = new Set(row.slots.map((s) => s.id));
  const strayIds = [...new Set(row.serials.map((s) => s.slotId).filter((id): id is string => id !== null && !known.has(id)))];
  const stray = strayIds.length === 0 ? { slots: [], locations: [] } : await loadSlotsWithLocations(tx, strayIds, row.locations);
  return {
    claimed: true,
    world: {
      items: row.items,
      locations: [...row.locations, ...stray.locations],
      slots: [...row.slots, ...stray.slots],
      serials: row.serials,
      exceptions,
      settings: withDefaults(row.settings),
      lots: row.lots,
    },
  };
}

function isString(value: string | null): value is string {
  return value !== null;
}

async function loadExceptions(tx: Queryable, ids: string[]): Promise<LotException[]> {
  if (ids.length === 0) return [];
  return (await tx.query<LotException>(
    `SELECT ${selectList(EXCEPTIONS)} FROM exceptions WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    [ids],
  )).rows;
}

async function loadSlotsWithLocations(tx: Queryable, ids: string[], have: Location[]): Promise<{ slots: Slot[]; locations: Location[] }> {
  const slots = (await tx.query<Slot>(`SELECT ${selectList(SLOTS)} FROM slots WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [ids])).rows;
  const haveIds = new Set(have.map((l) => l.id));
  const missing = [...new Set(slots.map((s) => s.locationId).filter((id) => !haveIds.has(id)))];
  const locations = missing.length === 0 ? [] : (await tx.query<Location>(
    `SELECT ${selectList(LOCATIONS)} FROM locations WHERE id = ANY($1::text[])`, [missing],
  )).rows;
  return { slots, locations };
}

const withDefaults = settingsWithDefaults;

export async function loadSettings(tx: Queryable): Promise<Settings> {
  return withDefaults((await tx.query<{ value: Settings }>('SELECT value FROM settings WHERE id = 1')).rows[0]?.value);
}
