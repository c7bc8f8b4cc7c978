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
import { say, sayRich } from '../../../words';

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
    if (!list) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    const first = openLines(list)[0];
    if (!first) return { ok: false, message: say('pick.list.done', { list: list.number }) };
    chooseListLine(listLineOf(list, first));
    return { ok: true };
  };
  useScanHandler(choose);
  return (
    <div className="step">
      {listLine && (
        <div className="list-line" role="group" aria-label={say('pick.list.line-label')}>
          <p>
            {listLine.locationCode
              ? sayRich('pick.list.line-from', {
                list: <strong>{listLine.number}</strong>, line: listLine.line, remaining: listLine.remaining, sku: listLine.sku,
                location: <strong>{listLine.locationCode}</strong>,
              })
              : sayRich('pick.list.line', { list: <strong>{listLine.number}</strong>, line: listLine.line, remaining: listLine.remaining, sku: listLine.sku })}
          </p>
          {suggested && (
            <p className="hint" data-testid="fefo-suggestion">
              {sayRich('pick.list.fefo', { lot: suggested.slot.lot, location: <strong>{suggested.locationCode}</strong>, expiry: suggested.expiry })}
            </p>
          )}
          <button type="button" className="button subtle" onClick={() => chooseListLine(null)}>{say('pick.list.without')}</button>
        </div>
      )}
      <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {!listLine && <PickListChooser lists={lists} onChoose={chooseListLine} />}
    </div>
  );
}
