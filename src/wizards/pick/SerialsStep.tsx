// R13: a serialized item is picked by scanning its serials; each shows its
// lot. A serial the system has elsewhere is warned about but recorded (C2).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../app/device';
import { findSerial } from '../../replica/queries';
import { serialsInSlots } from '../../replica/view';
import { publishScan, useScanHandler, type ScanVerdict } from '../../scan/scan-bus';
import { ScanField } from '../../ui/ScanField';
import { ConditionChoice } from './ConditionChoice';
import { pickSerial, serialCode } from './scan-meaning';
import { SlotFacts, useLiveSlot } from './SlotFacts';
import { usePickStore } from './store';

export function SerialsStep() {
  const { item, slot, serials, addSerial, removeSerial, toConfirm } = usePickStore();
  const live = useLiveSlot(slot);
  const [warning, setWarning] = useState<string | null>(null);
  const inSlot = useLiveQuery(
    async () => (slot ? (await serialsInSlots(db, [slot.id])).filter((s) => s.status === 'in-stock' && s.slotId === slot.id) : []),
    [slot?.id],
  );
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item || !slot) return { ok: false, message: 'No item chosen.' };
    const code = serialCode(item, result);
    if (code.kind === 'refused') return { ok: false, message: code.message };
    const known = await findSerial(db, code.serial);
    const picked = pickSerial(item, code.serial, known, slot.id, usePickStore.getState().serials);
    if (picked.kind === 'refused') return { ok: false, message: picked.message };
    addSerial(picked.picked);
    setWarning(picked.warning);
    return { ok: true };
  });
  if (!item || !live) return <p aria-busy="true">Loading the slot…</p>;
  const left = (inSlot ?? []).filter((s) => !serials.some((p) => p.serial === s.serial));
  return (
    <div className="step">
      <ConditionChoice />
      <SlotFacts item={item} slot={live} />
      <ScanField label="Serial" submitLabel="Add serial" onSubmit={(s) => void publishScan(s, 'typed')} />
      {warning && <p role="alert" className="warning">{warning}</p>}
      <p className="progress" aria-live="polite">{serials.length} picked</p>
      <ul className="lot-lines" aria-label="Picked serials">
        {serials.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            <span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span>
            {!s.inSlot && <span className="tag warning">not in this slot</span>}
            <button type="button" className="button danger icon" aria-label={`Remove serial ${s.serial}`} onClick={() => removeSerial(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      {left.length > 0 && (
        <>
          <h2>In this slot</h2>
          <ul className="lot-lines" aria-label="Serials in the slot">
            {left.map((s) => (
              <li key={s.id} className="lot-line">
                <span className="lot">{s.serial}</span>
                <span className="tag">{s.lot ? `lot ${s.lot}` : 'lot unknown'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button primary" onClick={toConfirm} disabled={serials.length === 0}>
        Continue
      </button>
    </div>
  );
}
