import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { findItem, slotsAtLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { itemCode, slotsForPick } from '../flow';
import { usePickStore } from '../store';
import { checkSlotLot } from '../../../replica/lots';
import { FefoPrompt, type FefoPending } from './FefoPrompt';
import { lotRefusal } from '../../kit/lot-check';
import { say, sayRich } from '../../../words';

/** The item must be one stored in the scanned location; another product is the wrong item. */
export function ItemStep() {
  const { location, listLine, chooseItem } = usePickStore();
  const [fefo, setFefo] = useState<FefoPending | null>(null);
  const here = useLiveQuery(() => (location ? slotsAtLocation(db, location.id) : Promise.resolve([])), [location?.id]);
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    if (!location) return { ok: false, message: say('scan.location-first') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    const slots = await slotsAtLocation(db, location.id);
    const found = slotsForPick(item, meaning.code, location.code, slots);
    if (found.kind === 'refused' || !item) return { ok: false, message: found.kind === 'refused' ? found.message : say('pick.item.unknown') };
    if (listLine && item.id !== listLine.itemId) {
      return { ok: false, message: say('pick.item.wrong-line', { line: listLine.line, list: listLine.number, sku: listLine.sku }) };
    }
    // Holds and FEFO, as far as this device knows (the server flags what it did not know, C2).
    const slot = found.slots[0];
    if (slot && !item.serialized && slot.lot !== null) {
      const check = await checkSlotLot(db, item, slot);
      const refusal = lotRefusal(slot.lot, check.status, check.record);
      if (refusal) return { ok: false, message: refusal };
      if (check.earlier) {
        setFefo({ item, slots: found.slots, own: check.record?.expiry ?? null, earlier: check.earlier });
        return { ok: true };
      }
    }
    chooseItem(item, found.slots);
    return { ok: true };
  };
  useScanHandler(choose);
  return (
    <div className="step">
      <p className="item-line">{sayRich('kit.location-here', { location: <strong>{location?.code}</strong> })}</p>
      {listLine && <p className="hint">{say('pick.item.list-line', { list: listLine.number, line: listLine.line, sku: listLine.sku })}</p>}
      {fefo && <FefoPrompt pending={fefo} onDone={() => setFefo(null)} />}
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {here && here.length === 0 && <p role="alert" className="error">{say('kit.nothing-assigned-here')}</p>}
    </div>
  );
}
