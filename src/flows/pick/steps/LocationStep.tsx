import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { openPickLists, pickListByNumber } from '../../../replica/orders';
import { findLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { PickListChooser } from './PickListChooser';
import { listLineOf, openLines } from '../pick-list';
import { locationScan } from '../flow';
import { usePickStore } from '../store';
import { fefoSlots } from '../../../replica/lots';

/**
 * The picker starts at the slot: the location label. Or from a pick list:
 * a line chosen from the open lists (or the list's number scanned) says what
 * to pick and where; the location is still scanned at the slot.
 */
export function LocationStep() {
  const { listLine, chooseListLine, chooseLocation } = usePickStore();
  const lists = useLiveQuery(() => openPickLists(db), [], []);
  // FEFO: with the item known from the list line, suggest the slot of the earliest-expiring available lot.
  const suggested = useLiveQuery(
    async () => (listLine ? (await fefoSlots(db, listLine.itemId)).find((r) => r.status === 'available' && r.expiry !== null) ?? null : null),
    [listLine?.itemId],
  );
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const location = await findLocation(db, meaning.code);
    if (location) {
      chooseLocation(location);
      return { ok: true };
    }
    const list = listLine ? undefined : await pickListByNumber(db, meaning.code);
    if (!list) return { ok: false, message: `No location with code ${meaning.code}.` };
    const first = openLines(list)[0];
    if (!first) return { ok: false, message: `Pick list ${list.number} is fully picked.` };
    chooseListLine(listLineOf(list, first));
    return { ok: true };
  };
  useScanHandler(choose);
  return (
    <div className="step">
      {listLine && (
        <div className="list-line" role="group" aria-label="Pick list line">
          <p>
            Pick list <strong>{listLine.number}</strong>, line {listLine.line}: pick {listLine.remaining} × {listLine.sku}
            {listLine.locationCode ? <> from <strong>{listLine.locationCode}</strong></> : ''}
          </p>
          {suggested && (
            <p className="hint" data-testid="fefo-suggestion">
              Earliest expiry: lot {suggested.slot.lot} in <strong>{suggested.locationCode}</strong> (expires {suggested.expiry})
            </p>
          )}
          <button type="button" className="button subtle" onClick={() => chooseListLine(null)}>Pick without the list</button>
        </div>
      )}
      <ScanField label="Location (scan the label)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {!listLine && <PickListChooser lists={lists} onChoose={chooseListLine} />}
    </div>
  );
}
