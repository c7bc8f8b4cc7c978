// R3, R6: where the goods go. Every slot of the item is listed with its lot and
// free room; a slot holding another lot is refused with that lot named.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import { slotsOfItem, type SlotView } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { destinationFit, locationScan, movedLot, slotName } from '../flow';
import { useMoveStore } from '../store';
import { lotStatus } from '../../../domain';
import { lotRecord, todayOnDevice } from '../../../replica/lots';
import { lotRefusal } from '../../kit/lot-check';

export function ToStep() {
  const { item, source, scannedLot, quantity, serials, chooseTo } = useMoveStore();
  const slots = useLiveQuery(async () => (item ? slotsOfItem(db, item.id) : []), [item?.id]);
  const [error, setError] = useState<string | null>(null);
  const [narrowTo, setNarrowTo] = useState<string | null>(null);
  const count = item?.serialized ? serials.length : quantity;
  const lot = item && source ? movedLot(item, source, scannedLot) : null;
  // A held or expired lot may go to receiving or packing, not to a pick face (storage), when the device knows.
  const record = useLiveQuery(async () => (item && lot ? (await lotRecord(db, item.id, lot)) ?? null : null), [item?.id, lot]);
  const lotBlocked = record ? lotRefusal(lot, lotStatus(record, todayOnDevice()), record) : null;

  const choose = (slot: SlotView): ScanVerdict => {
    if (!item || !source) return { ok: false, message: 'No item chosen.' };
    if (lotBlocked && slot.location.type === 'storage') {
      const message = `${lotBlocked} It may not go to the pick face ${slot.location.code}.`;
      setError(message);
      return { ok: false, message };
    }
    const fit = destinationFit(item, slot, lot, count, source.id);
    if (!fit.ok) {
      setError(fit.message);
      return fit;
    }
    chooseTo(slot);
    return { ok: true };
  };

  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !slots) return { ok: false, message: 'Slots are still loading.' };
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const at = slots.filter((s) => s.location.code.toLowerCase() === meaning.code.toLowerCase() && s.id !== source?.id);
    if (at.length === 0) {
      const message = slots.some((s) => s.id === source?.id && s.location.code.toLowerCase() === meaning.code.toLowerCase())
        ? `${meaning.code} is where the goods come from: scan another location.`
        : `${item.sku} is not assigned to ${meaning.code}.`;
      setError(message);
      return { ok: false, message };
    }
    // A durable item has a slot per condition: with several here, the operator taps one.
    if (at.length > 1) {
      setNarrowTo(at[0]!.location.code);
      setError(null);
      return { ok: true };
    }
    return choose(at[0]!);
  });

  if (!item || !source || !slots) return <p aria-busy="true">Loading slots…</p>;
  const shown = slots.filter((s) => s.id !== source.id && (!narrowTo || s.location.code === narrowTo));
  return (
    <div className="step">
      <p className="hint">Moving {count} {item.unit}{lot ? ` of lot ${lot}` : ''} from {slotName(source)}</p>
      <ScanField label="To location (scan the label)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="slots" aria-label="Where it may go">
        {shown.map((slot) => {
          const fit = destinationFit(item, slot, lot, count, source.id);
          const state = slot.quantity <= 0 ? 'Empty' : slot.lotUnknown ? 'Lot unknown' : slot.lot ? `Lot ${slot.lot}` : `${slot.quantity} in slot`;
          return (
            <li key={slot.id} className={`slot${fit.ok ? '' : ' unavailable'}`}>
              <button type="button" className="choice" onClick={() => choose(slot)} aria-label={`To ${slotName(slot)}`}>
                <span className="where">{slotName(slot)}</span>{' '}
                <span className="slot-state">{state} · {slot.free} free{fit.ok ? '' : ' · not possible'}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
