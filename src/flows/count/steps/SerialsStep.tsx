// R14: a serialized slot is counted by scanning every serial present; each
// shows its lot, which a count never changes.
import { db } from '../../../device/device';
import { findSerial } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { SlotSerialLists, useSerialsInSlot } from '../../kit/SlotSerials';
import { Expected } from './Expected';
import { countSerial, serialCode } from '../flow';
import { useCountStore } from '../store';
import { say } from '../../../words';

export function SerialsStep() {
  const { item, slot, serials, addSerial, removeSerial, toConfirm } = useCountStore();
  const inSlot = useSerialsInSlot(slot?.id);
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item || !slot) return { ok: false, message: say('scan.no-item-chosen') };
    const code = serialCode(item, result);
    if (code.kind === 'refused') return { ok: false, message: code.message };
    const known = await findSerial(db, code.serial);
    const counted = countSerial(item, code.serial, known, slot.id, useCountStore.getState().serials);
    if (counted.kind === 'refused') return { ok: false, message: counted.message };
    addSerial(counted.counted);
    return { ok: true };
  });
  if (!item || !slot) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  return (
    <div className="step">
      <Expected item={item} slot={slot} blind={false} />
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} autoFocus={false} onSubmit={(s) => void publishScan(s, 'typed')} />
      <SlotSerialLists scanned={serials} inSlot={inSlot} progress={say('count.serials.progress', { count: serials.length })} scannedLabel={say('count.serials.scanned')}
        leftHeading={say('count.serials.left-heading')} leftLabel={say('count.serials.left')} onRemove={removeSerial} />
      <button type="button" className="button primary" onClick={toConfirm}>{say('count.finish')}</button>
    </div>
  );
}
