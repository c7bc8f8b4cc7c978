// R13: a serialized item is picked by scanning its serials; each shows its
// lot. A serial the system has elsewhere is warned about but recorded (C2).
import { useState } from 'react';
import { db } from '../../../device/device';
import { findSerial } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { SlotSerialLists, useSerialsInSlot } from '../../kit/SlotSerials';
import { ConditionChoice } from './ConditionChoice';
import { pickSerial, serialCode } from '../flow';
import { SlotFacts, useLiveSlot } from './SlotFacts';
import { usePickStore } from '../store';
import { say } from '../../../words';

export function SerialsStep() {
  const { item, slot, serials, addSerial, removeSerial, toConfirm } = usePickStore();
  const live = useLiveSlot(slot);
  const [warning, setWarning] = useState<string | null>(null);
  const inSlot = useSerialsInSlot(slot?.id);
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item || !slot) return { ok: false, message: say('scan.no-item-chosen') };
    const code = serialCode(item, result);
    if (code.kind === 'refused') return { ok: false, message: code.message };
    const known = await findSerial(db, code.serial);
    const picked = pickSerial(item, code.serial, known, slot.id, usePickStore.getState().serials);
    if (picked.kind === 'refused') return { ok: false, message: picked.message };
    addSerial(picked.picked);
    setWarning(picked.warning);
    return { ok: true };
  });
  if (!item || !live) return <p aria-busy="true">{say('kit.loading-slot')}</p>;
  return (
    <div className="step">
      <ConditionChoice />
      <SlotFacts item={item} slot={live} />
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} onSubmit={(s) => void publishScan(s, 'typed')} />
      {warning && <p role="alert" className="warning">{warning}</p>}
      <SlotSerialLists scanned={serials} inSlot={inSlot} progress={say('pick.serials.progress', { count: serials.length })} scannedLabel={say('pick.serials.scanned')}
        leftHeading={say('pick.serials.left-heading')} leftLabel={say('kit.serials-in-slot')} onRemove={removeSerial} />
      <button type="button" className="button primary" onClick={toConfirm} disabled={serials.length === 0}>
        {say('kit.continue')}
      </button>
    </div>
  );
}
