import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { openPickLists, pickListByNumber } from '../../../replica/orders';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { PickListChooser } from './PickListChooser';
import { locationScan } from '../flow';
import { usePickStore } from '../store';
import { takeLocation } from './location-scan';
import { nextLineOf, whereToPick } from './use-pick-save';
import { say, sayRich } from '../../../words';
import { ReadAloud } from '../../kit/ReadAloud';

/**
 * The picker starts at the slot: the location label. Or from a pick list: its
 * number scanned (the first line in walking order comes up) or a line chosen
 * says what to pick and where to go, and the scan of that location's label
 * confirms the picker is there. After a line is saved the next comes up here.
 */
export function LocationStep() {
  const { listLine, chooseListLine, picked } = usePickStore();
  const lists = useLiveQuery(() => openPickLists(db), [], []);
  // Where the line is picked from: the list's location, else the slot of the earliest-expiring available lot.
  const target = useLiveQuery(async () => (listLine ? whereToPick(listLine) : null), [listLine?.itemId, listLine?.locationCode]);
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const taken = await takeLocation(meaning.code);
    if (taken) return taken;
    const list = listLine ? undefined : await pickListByNumber(db, meaning.code);
    if (!list) return { ok: false, message: say('scan.unknown-location', { code: meaning.code }) };
    const first = await nextLineOf(list, []);
    if (!first) return { ok: false, message: say('pick.list.done', { list: list.number }) };
    chooseListLine(first);
    return { ok: true };
  };
  useScanHandler(choose);
  const last = picked.at(-1);
  return (
    <div className="step">
      {listLine && last && (
        <p role="status" className="success">{say('pick.next.saved', { line: last.line ?? 0, quantity: last.quantity, sku: last.sku })}</p>
      )}
      {listLine && (
        <div className="list-line" role="group" aria-label={say('pick.list.line-label')}>
          <ReadAloud location={target} quantity={listLine.remaining} />
          {target && <p className="figure-line" data-testid="pick-go-to">{sayRich('pick.location.go', { location: target })}</p>}
          <p className="figure-line" data-testid="pick-take">{say('pick.location.take', { quantity: listLine.remaining, sku: listLine.sku })}</p>
          <p className="hint">
            {sayRich('pick.list.line', { list: <strong>{listLine.number}</strong>, line: listLine.line, remaining: listLine.remaining, sku: listLine.sku })}
          </p>
          <button type="button" className="button subtle" onClick={() => chooseListLine(null)}>{say('pick.list.without')}</button>
        </div>
      )}
      <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {!listLine && <PickListChooser lists={lists} onChoose={chooseListLine} />}
    </div>
  );
}
