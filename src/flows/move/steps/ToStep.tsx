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
import { say } from '../../../words';

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
    if (!item || !source) return { ok: false, message: say('scan.no-item-chosen') };
    if (lotBlocked && slot.location.type === 'storage') {
      const message = say('move.to.blocked', { refusal: lotBlocked, location: slot.location.code });
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
    if (!item || !slots) return { ok: false, message: say('scan.slots-loading') };
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const at = slots.filter((s) => s.location.code.toLowerCase() === meaning.code.toLowerCase() && s.id !== source?.id);
    if (at.length === 0) {
      const message = slots.some((s) => s.id === source?.id && s.location.code.toLowerCase() === meaning.code.toLowerCase())
        ? say('move.to.is-source', { where: meaning.code })
        : say('scan.not-assigned', { sku: item.sku, code: meaning.code });
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

  if (!item || !source || !slots) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const shown = slots.filter((s) => s.id !== source.id && (!narrowTo || s.location.code === narrowTo));
  return (
    <div className="step">
      <p className="hint">{say('move.to.moving', { count, unit: item.unit, lot, from: slotName(source) })}</p>
      <ScanField label={say('move.to.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="slots" aria-label={say('move.to.list')}>
        {shown.map((slot) => {
          const fit = destinationFit(item, slot, lot, count, source.id);
          const state = slot.quantity <= 0 ? say('kit.place.empty') : slot.lotUnknown ? say('kit.place.lot-unknown') : slot.lot ? say('kit.place.lot', { lot: slot.lot }) : say('kit.place.in-slot', { quantity: slot.quantity });
          return (
            <li key={slot.id} className={`slot${fit.ok ? '' : ' unavailable'}`}>
              <button type="button" className="choice" onClick={() => choose(slot)} aria-label={say('move.to.choice', { where: slotName(slot) })}>
                <span className="where">{slotName(slot)}</span>{' '}
                <span className="slot-state">{state} · {say('kit.place.free', { free: slot.free })}{fit.ok ? '' : ` · ${say('move.to.not-possible')}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
