// R3: where the returned stock may go. Every slot of the item shows whether it
// takes this lot: the same lot or an empty slot does; a slot holding another
// lot is refused, naming that lot. The shelf's label confirms it.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { getSettings, slotsOfItem } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { locationScan } from '../../pick/flow';
import { returnFit, returnTarget } from '../flow';
import { useReturnStore } from '../store';
import { isStorageInUse } from '../../kit/placement/storage-in-use';
import { say, sayRich } from '../../../words';

export function LocationStep() {
  const { item, lot, chooseSlot } = useReturnStore();
  const slots = useLiveQuery(
    async () => (item ? (await slotsOfItem(db, item.id)).filter(isStorageInUse) : []),
    [item?.id],
  );
  // Scan, don't tap: a slot is chosen by a tap only where the setting allows it (shelves without labels).
  const tap = useLiveQuery(async () => (await getSettings(db)).floor.tapToConfirm, [], false);
  useScanHandler(({ result }): ScanVerdict => {
    if (!item || !slots) return { ok: false, message: say('scan.slots-loading') };
    const meaning = locationScan(result);
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const target = returnTarget(item, lot, meaning.code, slots);
    if (target.kind === 'refused') return { ok: false, message: target.message };
    chooseSlot(target.slot);
    return { ok: true };
  });
  if (!item || !slots) return <p aria-busy="true">{say('kit.loading-slots')}</p>;
  const lotLine = item.serialized ? null : item.lotTracked ? (lot === null ? say('kit.place.lot-unknown') : say('kit.place.lot', { lot })) : null;
  return (
    <div className="step">
      {lotLine && <p className="figure-line">{sayRich('return.location.returning', { lot: <strong>{lotLine}</strong> })}</p>}
      <ScanField label={say('kit.field.location')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <ul className="slots" aria-label={say('return.location.slots')}>
        {slots.map((slot) => {
          const fit = returnFit(item, slot, lot);
          const where = `${slot.location.code}${slot.condition ? ` (${slot.condition})` : ''}`;
          return (
            <li key={slot.id} className={`slot${fit.ok ? '' : ' unavailable'}`}>
              {fit.ok && tap
                ? <button type="button" className="choice" onClick={() => chooseSlot(slot)}><span className="where">{where}</span> <span>{fit.text}</span></button>
                : <><span className="where">{where}</span> <span>{fit.text}</span></>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
