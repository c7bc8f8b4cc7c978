// A location label scanned while picking: at the location step, or at the item
// step to take the goods from another slot. On a pick list line the location
// the picker was sent to is verified by its scan (locationForLine).
import { db } from '../../../device/device';
import { findLocation } from '../../../replica/queries';
import { fefoSlots } from '../../../replica/lots';
import type { ScanVerdict } from '../../../scan/scan-bus';
import { locationForLine } from '../flow';
import { usePickStore } from '../store';
import { whereToPick } from './use-pick-save';
import { say } from '../../../words';

/** The verdict on a scanned location code, or null when no location has that code. */
export async function takeLocation(code: string): Promise<ScanVerdict | null> {
  const location = await findLocation(db, code);
  if (!location) return null;
  const { listLine, chooseLocation } = usePickStore.getState();
  if (!listLine) {
    chooseLocation(location);
    return { ok: true };
  }
  const [target, ranked] = await Promise.all([whereToPick(listLine), fefoSlots(db, listLine.itemId)]);
  const holds = ranked.some((r) => r.slot.locationId === location.id);
  const first = ranked.find((r) => r.status === 'available');
  const fit = locationForLine(location.code, target, holds, first?.slot.locationId === location.id);
  if (fit.kind === 'refused') return { ok: false, message: fit.message };
  chooseLocation(location);
  if (!fit.warning || target === null) return { ok: true };
  return { ok: true, warning: say('pick.location.other', { location: location.code, target, sku: listLine.sku }) };
}
