// R13: a serialized item: every new serial is scanned, with its lot when the
// item tracks lots. The lot stays filled in for the next serial.
import { useState } from 'react';
import { db } from '../../app/device';
import { findSerial } from '../../replica/queries';
import { ScanField } from '../../ui/ScanField';
import { useRestockStore } from './store';

export function SerialsStep() {
  const { item, quantity, serials, addSerial, removeSerial, confirmLots } = useRestockStore();
  const [lot, setLot] = useState(serials.at(-1)?.lot ?? '');
  const [error, setError] = useState<string | null>(null);
  const needLot = item?.lotTracked ?? false;
  const add = async (serial: string) => {
    if (serials.length >= quantity) return setError(`All ${quantity} serials are scanned.`);
    if (serials.some((s) => s.serial === serial)) return setError(`Serial ${serial} is already in this restock.`);
    if (needLot && lot.trim() === '') return setError('Enter the lot first: every serial of this item needs its lot.');
    const known = await findSerial(db, serial);
    if (known?.status === 'in-stock') return setError(`Serial ${serial} is already in stock.`);
    setError(null);
    addSerial({ serial, lot: needLot ? lot.trim() : null });
  };
  return (
    <div className="step">
      <p className="progress" aria-live="polite">{serials.length} of {quantity} serials</p>
      {needLot && (
        <label className="field">
          <span>Lot of the next serials</span>
          <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" autoCapitalize="characters" />
        </label>
      )}
      <ScanField label="Serial" submitLabel="Add serial" onSubmit={(s) => void add(s)} />
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="lot-lines" aria-label="Serials">
        {serials.map((s) => (
          <li key={s.serial} className="lot-line">
            <span className="lot">{s.serial}</span>
            {s.lot && <span className="tag">lot {s.lot}</span>}
            <button type="button" className="button danger icon" aria-label={`Remove serial ${s.serial}`} onClick={() => removeSerial(s.serial)}>🗑</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={confirmLots} disabled={serials.length !== quantity}>
        Restock
      </button>
    </div>
  );
}
