import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { findItem, slotsAtLocation } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { itemCode, labelCount, labelLot, lotOnGoods, slotsForPick } from '../flow';
import { usePickStore } from '../store';
import { checkSlotLot } from '../../../replica/lots';
import { FefoPrompt, type FefoPending } from './FefoPrompt';
import { LotMismatchPrompt, type MismatchPending } from './LotMismatchPrompt';
import { takeLocation } from './location-scan';
import { fefoNotice, lotRefusal } from '../../kit/lot-check';
import { say, sayRich } from '../../../words';

/**
 * The item must be one stored in the scanned location; another product is the
 * wrong item. The lot on a GS1 label is checked against the slot's (R8a): a
 * different one is shown at once and taken only when recorded (C2). Scanning
 * another location here takes the goods from there instead.
 */
export function ItemStep() {
  const { location, listLine, chooseItem } = usePickStore();
  const [fefo, setFefo] = useState<FefoPending | null>(null);
  const [mismatch, setMismatch] = useState<MismatchPending | null>(null);
  const here = useLiveQuery(() => (location ? slotsAtLocation(db, location.id) : Promise.resolve([])), [location?.id]);
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    if (!location) return { ok: false, message: say('scan.location-first') };
    const meaning = itemCode(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item && !meaning.gs1) {
      // Not a product: a location label means "take it from there" (another slot).
      const moved = await takeLocation(meaning.code);
      if (moved) return moved;
    }
    const slots = await slotsAtLocation(db, location.id);
    const found = slotsForPick(item, meaning.code, location.code, slots);
    if (found.kind === 'refused' || !item) return { ok: false, message: found.kind === 'refused' ? found.message : say('pick.item.unknown') };
    if (listLine && item.id !== listLine.itemId) {
      return { ok: false, message: say('pick.item.wrong-line', { line: listLine.line, list: listLine.number, sku: listLine.sku }) };
    }
    const slot = found.slots[0];
    const lot = labelLot(result);
    const count = labelCount(result);
    // R8a: the label's lot against the slot's. The same label scanned again records the difference (C2).
    const onGoods = slot ? lotOnGoods(item, slot, lot) : null;
    if (onGoods?.kind === 'mismatch') {
      if (mismatch && mismatch.item.id === item.id && mismatch.lot === onGoods.found) {
        setMismatch(null);
        chooseItem(item, found.slots, { lot: onGoods.found, count });
        return { ok: true, warning: say('pick.lot.recorded', { lot: onGoods.found }) };
      }
      setFefo(null);
      setMismatch({ item, slots: found.slots, lot: onGoods.found, count });
      return { ok: true, warning: say('pick.lot.mismatch', { found: onGoods.found, expected: onGoods.expected, location: location.code }) };
    }
    // Holds and FEFO, as far as this device knows (the server flags what it did not know, C2).
    if (slot && !item.serialized && slot.lot !== null) {
      const check = await checkSlotLot(db, item, slot);
      const refusal = lotRefusal(slot.lot, check.status, check.record);
      if (refusal) return { ok: false, message: refusal };
      if (check.earlier) {
        // FEFO: a redirect, not yet a pick: the caution tone, and the choice below.
        setMismatch(null);
        setFefo({ item, slots: found.slots, own: check.record?.expiry ?? null, earlier: check.earlier, lot, count });
        return { ok: true, warning: fefoNotice(slot.lot, check.record?.expiry ?? null, check.earlier) };
      }
    }
    chooseItem(item, found.slots, { lot, count });
    return { ok: true };
  };
  useScanHandler(choose);
  return (
    <div className="step">
      <p className="item-line" data-testid="pick-location">{sayRich('kit.location-here', { location: <strong>{location?.code}</strong> })}</p>
      {listLine && <p className="figure-line" data-testid="pick-take">{say('pick.location.take', { quantity: listLine.remaining, sku: listLine.sku })}</p>}
      {listLine && <p className="hint">{say('pick.item.list-line', { list: listLine.number, line: listLine.line, sku: listLine.sku })}</p>}
      {fefo && <FefoPrompt pending={fefo} onDone={() => setFefo(null)} />}
      {mismatch && (
        <LotMismatchPrompt pending={mismatch} onRecord={() => { setMismatch(null); chooseItem(mismatch.item, mismatch.slots, { lot: mismatch.lot, count: mismatch.count }); }} />
      )}
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {here && here.length === 0 && <p role="alert" className="error">{say('kit.nothing-assigned-here')}</p>}
    </div>
  );
}
