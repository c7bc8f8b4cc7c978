// R3, R6: where the goods go, confirmed by scanning the destination's label:
// the suggested slot or any other that fits. Every slot of the item is listed
// with its lot and free room; a tap chooses one only where the floor settings
// allow it (tapToConfirm), or among a scanned location's conditions.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import { slotsOfItem, type SlotView } from '../../../replica/queries';
import { publishScan, useScanHandler } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { ScanField } from '../../../ui/ScanField';
import { destinationFit, locationScan, movedLot, slotName, suggestDestination } from '../flow';
import { scanDestination } from '../destination';
import { useMoveStore } from '../store';
import { lotStatus } from '../../../domain';
import { lotRecord, todayOnDevice } from '../../../replica/lots';
import { lotRefusal } from '../../kit/lot-check';
import { useTapToConfirm } from '../../kit/take/use-tap-to-confirm';
import { say } from '../../../words';

export function ToStep() {
  const { item, source, scannedLot, quantity, serials, toNarrow, chooseTo } = useMoveStore();
  const slots = useLiveQuery(async () => (item ? slotsOfItem(db, item.id) : []), [item?.id]);
  const tapToConfirm = useTapToConfirm();
  const [tapRefusal, setTapRefusal] = useState<string | null>(null);
  const count = item?.serialized ? serials.length : quantity;
  const lot = item && source ? movedLot(item, source, scannedLot) : null;
  // A held or expired lot may go to receiving or packing, not to a pick face (storage), when the device knows.
  const record = useLiveQuery(async () => (item && lot ? (await lotRecord(db, item.id, lot)) ?? null : null), [item?.id, lot]);
  const lotBlocked = record ? lotRefusal(lot, lotStatus(record, todayOnDevice()), record) : null;

  useScanHandler(({ result }) => {
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    setTapRefusal(null);
    return scanDestination(meaning.code);
  });

  if (!item || !source || !slots) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const tap = (slot: SlotView) => {
    const fit = destinationFit(item, slot, lot, count, source.id);
    if (lotBlocked && slot.location.type === 'storage') setTapRefusal(say('move.to.blocked', { refusal: lotBlocked, location: slot.location.code }));
    else if (!fit.ok) setTapRefusal(fit.message);
    else chooseTo(slot);
  };
  const suggested = suggestDestination(item, source, slots, lot, count, lotBlocked);
  const shown = slots.filter((s) => s.id !== source.id && (!toNarrow || s.location.code === toNarrow));
  const tappable = tapToConfirm || toNarrow !== null;
  return (
    <div className="step">
      <dl className="figures">
        <dt>{say('transfer.label.moving')}</dt><dd>{count} {item.unit}{lot ? ` · ${say('kit.tag.lot', { lot })}` : ''}</dd>
        <dt>{say('kit.label.from')}</dt><dd>{slotName(source)}</dd>
        <dt>{say('transfer.label.scan-to')}</dt><dd>{suggested ? say('transfer.suggested', { where: slotName(suggested) }) : say('transfer.none-fits')}</dd>
      </dl>
      <ScanField label={say('move.to.field')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {tapRefusal && <p role="alert" className="error">{tapRefusal}</p>}
      <ul className="slots" aria-label={say('move.to.list')}>
        {shown.map((slot) => {
          const fit = destinationFit(item, slot, lot, count, source.id);
          const state = slot.quantity <= 0 ? say('kit.place.empty') : slot.lotUnknown ? say('kit.place.lot-unknown') : slot.lot ? say('kit.place.lot', { lot: slot.lot }) : say('kit.place.in-slot', { quantity: slot.quantity });
          const words = (
            <>
              <span className="where">{slotName(slot)}</span>{' '}
              <span className="slot-state">{state} · {say('kit.place.free', { free: slot.free })}{fit.ok ? '' : ` · ${say('move.to.not-possible')}`}</span>
            </>
          );
          return (
            <li key={slot.id} className={`slot${fit.ok ? '' : ' unavailable'}`}>
              {tappable
                ? <button type="button" className="choice" onClick={() => tap(slot)} aria-label={say('move.to.choice', { where: slotName(slot) })}>{words}</button>
                : words}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
