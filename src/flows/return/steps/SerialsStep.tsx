// R13: serialized goods come back by their serials; each shows its lot.
import { db } from '../../../device/device';
import { findSerial } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { serialCode } from '../../kit/serial-scan';
import { returnSerial } from '../flow';
import { useReturnStore } from '../store';
import { say } from '../../../words';

export function SerialsStep() {
  const { item, serials, addSerial, removeSerial, confirmSerials } = useReturnStore();
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    const code = serialCode(item, result);
    if (code.kind === 'refused') return { ok: false, message: code.message };
    const known = await findSerial(db, code.serial);
    const found = returnSerial(item, code.serial, known, useReturnStore.getState().serials);
    if (found.kind === 'refused') return { ok: false, message: found.message };
    addSerial(found.returned);
    // Taken, with a caution: the warning tone and the answer above the step.
    return found.warning ? { ok: true, warning: found.warning } : { ok: true };
  });
  return (
    <div className="step">
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} onSubmit={(s) => void publishScan(s, 'typed')} />
      <p className="progress" aria-live="polite">{say('return.serials.progress', { count: serials.length })}</p>
      <ul className="lot-lines" aria-label={say('return.serials.list')}>
        {serials.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            <span className="tag">{s.lot ? say('kit.tag.lot', { lot: s.lot }) : say('kit.tag.lot-unknown')}</span>
            <button type="button" className="button danger icon" aria-label={say('kit.serial.remove', { serial: s.serial })} onClick={() => removeSerial(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmSerials} disabled={serials.length === 0}>
        {say('kit.continue')}
      </button>
    </div>
  );
}
