// A destination label scanned on the quantity or To step: looked up on the
// device (the item's slots, the lot's hold or expiry) and judged by the move's
// rules (flow.ts); the move store is moved on when it fits.
import { db } from '../../device/device';
import { lotStatus } from '../../domain';
import { lotRecord, todayOnDevice } from '../../replica/lots';
import { slotsOfItem } from '../../replica/queries';
import type { ScanVerdict } from '../../scan/scan-bus';
import { lotRefusal } from '../kit/lot-check';
import { say } from '../../words';
import { destinationByCode, movedLot } from './flow';
import { useMoveStore } from './store';

export async function scanDestination(code: string): Promise<ScanVerdict> {
  const { item, source, scannedLot, quantity, serials, chooseTo, narrowTo } = useMoveStore.getState();
  if (!item || !source) return { ok: false, message: say('scan.no-item-chosen') };
  const lot = movedLot(item, source, scannedLot);
  const [slots, record] = await Promise.all([slotsOfItem(db, item.id), lot ? lotRecord(db, item.id, lot) : undefined]);
  const blocked = record ? lotRefusal(lot, lotStatus(record, todayOnDevice()), record) : null;
  const pick = destinationByCode(item, source, slots, code, lot, item.serialized ? serials.length : quantity, blocked);
  if (pick.kind === 'refused') return { ok: false, message: pick.message };
  if (pick.kind === 'narrow') narrowTo(pick.code);
  else chooseTo(pick.slot);
  return { ok: true };
}
