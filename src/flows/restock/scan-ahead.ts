// Issue 16, scan don't tap: a shelf's label scanned at the quantity, lots or
// serials step, once every unit has its lot (the item's label gave it) or
// every serial is scanned, finishes those
// steps and confirms that shelf at Place, as if Continue had been pressed and
// the shelf scanned there. The same plan and the same shelf rule as the Place
// step (place.ts); a shelf that cannot take the goods is refused and the step
// stays as it was.
import { db } from '../../device/device';
import { tracksLotPerSlot } from '../../domain';
import { findLocation, receivingDocks, slotsOfItem } from '../../replica/queries';
import type { ScanVerdict } from '../../scan/scan-bus';
import { isStorageInUse } from '../kit/placement/storage-in-use';
import { say } from '../../words';
import { lotsComplete, placementNeeds } from './flow';
import { placeByScan, planPlacement, shelvesToScan } from './place';
import { placeRefusal } from './place-words';
import { useRestockStore, type LotLine } from './store';

/** Null when `code` is no location this device knows: the step reads it as its own kind of scan. */
export async function shelfScannedAhead(code: string, lots: LotLine[]): Promise<ScanVerdict | null> {
  const location = await findLocation(db, code);
  if (!location) return null;
  const { item, quantity, serials, placedAhead } = useRestockStore.getState();
  if (!item) return { ok: false, message: say('scan.no-item-chosen') };
  if (item.serialized && serials.length !== quantity) return { ok: false, message: say('restock.place.serials-first') };
  if (tracksLotPerSlot(item) && !lotsComplete(quantity, lots)) return { ok: false, message: say('restock.place.lots-first') };
  const [all, docks] = await Promise.all([slotsOfItem(db, item.id), receivingDocks(db)]);
  const shelves = all.filter(isStorageInUse);
  const needs = placementNeeds(item, quantity, lots, serials);
  const plan = planPlacement(item, shelves, needs, docks, all.filter((s) => s.location.type === 'receiving'));
  const targets = [...shelves, ...plan.docks];
  const answer = placeByScan(item, targets, needs, plan.placements, [], code);
  if (answer.kind !== 'placed') return placeRefusal(answer, code, shelvesToScan(plan.placements, [], targets)[0]?.location.code);
  placedAhead(lots, answer.placements, answer.confirmed);
  return { ok: true };
}
