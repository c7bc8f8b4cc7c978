// R14: a serialized slot is counted by scanning every serial present; each
// shows its lot, which a count never changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../app/device';
import { findSerial } from '../../replica/queries';
import { serialsInSlots } from '../../replica/view';
import { publishScan, useScanHandler, type ScanVerdict } from '../../scan/scan-bus';
import { ScanField } from '../../ui/ScanField';
import { Expected } from './Expected';
import { countSerial, serialCode } from './scan-meaning';
import { useCountStore } from './store';

const lotTag = (lot: string | null) => (lot ? `lot ${lot}` : 'lot unknown');

export function SerialsStep() {
  const { item, slot, serials, addSerial, removeSerial, toConfirm } = useCountStore();
  const inSlot = useLiveQuery(
    async () => (slot ? (await serialsInSlots(db, [slot.id])).filter((s) => s.status === 'in-stock' && s.slotId === slot.id) : []),
    [slot?.id],
  );
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item || !slot) return { ok: false, message: 'No item chosen.' };
    const code = serialCode(item, result);
    if (code.kind === 'refused') return { ok: false, message: code.message };
    const known = await findSerial(db, code.serial);
    const counted = countSerial(item, code.serial, known, slot.id, useCountStore.getState().serials);
    if (counted.kind === 'refused') return { ok: false, message: counted.message };
    addSerial(counted.counted);
    return { ok: true };
  });
  if (!item || !slot) return <p aria-busy="true">Loading the slot…</p>;
  const notYet = (inSlot ?? []).filter((s) => !serials.some((c) => c.serial === s.serial));
  return (
    <div className="step">
      <Expected item={item} slot={slot} />
      <ScanField label="Serial" submitLabel="Add serial" autoFocus={false} onSubmit={(s) => void publishScan(s, 'typed')} />
      <p className="progress" aria-live="polite">{serials.length} counted</p>
      <ul className="lot-lines" aria-label="Counted serials">
        {serials.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            <span className="tag">{lotTag(s.lot)}</span>
            {!s.inSlot && <span className="tag warning">not in this slot</span>}
            <button type="button" className="button danger icon" aria-label={`Remove serial ${s.serial}`} onClick={() => removeSerial(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      {notYet.length > 0 && (
        <>
          <h2>Not scanned yet</h2>
          <ul className="lot-lines" aria-label="Serials not scanned yet">
            {notYet.map((s) => (
              <li key={s.id} className="lot-line"><span className="lot">{s.serial}</span><span className="tag">{lotTag(s.lot)}</span></li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button primary" onClick={toConfirm}>Finish count</button>
    </div>
  );
}
