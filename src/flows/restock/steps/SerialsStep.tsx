// R13: a serialized item: every new serial is scanned, with its lot when the
// item tracks lots. The lot stays filled in for the next serial.
import { useState } from 'react';
import { db } from '../../../device/device';
import { findSerial } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { ScanField } from '../../../ui/ScanField';
import { lotScan } from '../../kit/scan-meanings';
import { shelfScannedAhead } from '../scan-ahead';
import { useRestockStore } from '../store';
import { say } from '../../../words';

export function SerialsStep() {
  const { item, quantity, serials, addSerial, removeSerial, confirmLots } = useRestockStore();
  const [lot, setLot] = useState(serials.at(-1)?.lot ?? '');
  const needLot = item?.lotTracked ?? false;
  const refuse = (message: string): ScanVerdict => ({ ok: false, message });
  // R13: a serial with its lot: the lot comes from the label when it carries one, else from the lot field.
  const add = async (serial: string, labelLot?: string): Promise<ScanVerdict> => {
    const serialLot = (labelLot ?? '').trim() || lot.trim();
    if (serials.length >= quantity) return refuse(say('restock.serials.all-scanned', { quantity }));
    if (serials.some((s) => s.serial === serial)) return refuse(say('restock.serials.repeat', { serial }));
    if (needLot && serialLot === '') return refuse(say('scan.serial.lot-first'));
    const known = await findSerial(db, serial);
    if (known?.status === 'in-stock') return refuse(say('scan.serial.in-stock', { serial }));
    if (labelLot) setLot(labelLot);
    addSerial({ serial, lot: needLot ? serialLot : null });
    return { ok: true };
  };
  // A shelf's label (a location this device knows) goes on to Place once every serial is scanned.
  useScanHandler(async ({ result }) => {
    if (!item) return refuse(say('scan.no-item-chosen'));
    if (result.ok && result.kind === 'plain') {
      const ahead = await shelfScannedAhead(result.value, []);
      if (ahead) return ahead;
    }
    const meaning = lotScan(item, result, 'serial');
    if (meaning.kind === 'refused') return refuse(meaning.message);
    return add(meaning.serial ?? '', meaning.lot || undefined);
  });
  return (
    <div className="step">
      <p className="progress" aria-live="polite">{say('restock.serials.progress', { count: serials.length, quantity })}</p>
      {needLot && (
        <label className="field">
          <span>{say('kit.field.next-serials-lot')}</span>
          <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" />
        </label>
      )}
      <ScanField label={say('kit.field.serial')} submitLabel={say('kit.field.add-serial')} onSubmit={(s) => void publishScan(s, 'typed')} />
      <ul className="lot-lines" aria-label={say('kit.serials')}>
        {serials.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            {s.lot && <span className="tag">{say('kit.tag.lot', { lot: s.lot })}</span>}
            <button type="button" className="button danger icon" aria-label={say('kit.serial.remove', { serial: s.serial })} onClick={() => removeSerial(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmLots} disabled={serials.length !== quantity}>
        {say('restock.lots.done')}
      </button>
    </div>
  );
}
