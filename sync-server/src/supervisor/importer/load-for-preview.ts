// The rows a preview needs, read without locks: a preview writes nothing, so
// it must not hold up devices pushing to the same slots (a commit loads and
// locks through the push path's loader instead). Same selection as the push
// loader for an import: the named items (SKU or GTIN), the named locations and
// the items' slots there. Serials are not needed: a serialized row is refused.
import type { Db } from '../../db/connection';
import { LOCATIONS, SLOTS, selectList } from '../../db/tables';
import { ITEMS } from '../../masterdata/tables';
import { toGtin14, type Item, type Location, type Refs, type Slot, type World } from '../../domain';
import { loadSettings } from '../../sync/load-world';

const LOAD_SQL = `
WITH it AS (
  SELECT ${selectList(ITEMS)} FROM items
   WHERE sku = ANY($1::text[]) OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = ANY($2::text[]))),
lo AS (SELECT ${selectList(LOCATIONS)} FROM locations WHERE code = ANY($3::text[])),
sl AS (SELECT ${selectList(SLOTS)} FROM slots WHERE item_id IN (SELECT id FROM it) AND location_id IN (SELECT id FROM lo))
SELECT (SELECT coalesce(jsonb_agg(to_jsonb(it)), '[]') FROM it) AS items,
       (SELECT coalesce(jsonb_agg(to_jsonb(lo)), '[]') FROM lo) AS locations,
       (SELECT coalesce(jsonb_agg(to_jsonb(sl)), '[]') FROM sl) AS slots`;

export async function loadForPreview(db: Db, refs: Refs): Promise<World> {
  const gtins = refs.items.map(toGtin14).filter((g): g is string => g !== null);
  return db.transaction(async (tx) => {
    const row = (await tx.query<{ items: Item[]; locations: Location[]; slots: Slot[] }>(LOAD_SQL, [refs.items, gtins, refs.locations])).rows[0];
    return {
      items: row?.items ?? [], locations: row?.locations ?? [], slots: row?.slots ?? [], serials: [], exceptions: [],
      settings: await loadSettings(tx),
    };
  }, { isolation: 'repeatable read', readOnly: true });
}
