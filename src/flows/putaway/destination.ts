// A shelf label scanned on the quantity or Place step: the item's storage
// slots on the device, judged by placeByScan (R3, R6); the putaway store takes
// the placement when it fits.
import { db } from '../../device/device';
import { slotsOfItem, type SlotView } from '../../replica/queries';
import type { ScanVerdict } from '../../scan/scan-bus';
import { isStorageInUse } from '../kit/placement/storage-in-use';
import { say } from '../../words';
import { placeByScan, putawayNeeds } from './flow';
import { usePutawayStore } from './store';

/** Storage slots only; a putaway keeps the staged condition (its payload has no target condition). */
export async function putawaySlots(itemId: string, condition: string): Promise<SlotView[]> {
  return (await slotsOfItem(db, itemId)).filter((s) => isStorageInUse(s) && s.condition === condition);
}

export async function scanShelf(code: string): Promise<ScanVerdict> {
  const { item, source, scannedLot, quantity, serials, placements, step, confirmQuantity, setPlacement } = usePutawayStore.getState();
  if (!item || !source) return { ok: false, message: say('scan.no-item-chosen') };
  const slots = await putawaySlots(item.id, source.condition);
  // From the quantity step nothing is placed yet: the scan confirms the quantity too.
  const placed = step === 'place' ? placements : [];
  const verdict = placeByScan(item, slots, putawayNeeds(item, source, scannedLot, quantity, serials), placed, code);
  if (!verdict.ok) return verdict;
  if (step !== 'place') confirmQuantity();
  setPlacement(verdict.line.slotId, verdict.line.lot, verdict.line.quantity);
  return { ok: true };
}
