// R14: a serial's lot is corrected here, and only here (a count never changes it).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { serialDetail } from '../../replica/supervisor-queries';
import { useRecordOp } from '../record-op';

export function SerialDetail({ serialId }: { serialId: string }) {
  const go = useRoute((s) => s.go);
  const row = useLiveQuery(() => serialDetail(db, serialId), [serialId], undefined);
  const [lot, setLot] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { run, saving, error } = useRecordOp();
  const back = <button type="button" className="button subtle" onClick={() => go('supervisor/serials')}>← All serials</button>;
  if (row === undefined) return <p aria-busy="true">Loading the serial…</p>;
  if (row === null) return <div className="sv-screen">{back}<p role="alert" className="error">This device does not know that serial (yet).</p></div>;
  const { serial, item } = row;
  const inLocation = row.locationCode !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const next = lot.trim();
    if (next === '' || next === serial.lot) return;
    const outcome = await run('changeSerialLot', { serial: serial.serial, lot: next });
    if (outcome.ok && !outcome.flagged) {
      setDone(`Lot of ${serial.serial} changed to ${next}.`);
      setLot('');
    }
  };

  return (
    <div className="sv-screen">
      {back}
      <h1>Serial {serial.serial}</h1>
      <dl className="sv-facts">
        <dt>Item</dt><dd>{item ? `${item.sku} · ${item.name}` : serial.itemId}</dd>
        <dt>Lot</dt><dd aria-label="Current lot">{serial.lot ?? 'unknown'}</dd>
        <dt>Status</dt><dd>{serial.status}</dd>
        <dt>Location</dt><dd>{row.locationCode ? `${row.locationCode}${row.condition ? ` (${row.condition})` : ''}` : 'In no location'}</dd>
      </dl>
      <form className="sv-form" onSubmit={(e) => void submit(e)}>
        <h2>Change the lot</h2>
        <p className="hint">
          {inLocation
            ? `The unit is in ${row.locationCode}: the change is recorded as two transactions there, one removing it under lot ${serial.lot ?? 'unknown'} and one placing it under the new lot (R14), so reports by lot stay right.`
            : 'The unit is in no location: only the serial\'s lot changes, no transaction is written (R14).'}
        </p>
        <label className="field">
          <span>New lot</span>
          <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} maxLength={40} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        {done && <p role="status" className="success">{done}</p>}
        <button type="submit" className="button primary" disabled={saving || lot.trim() === '' || lot.trim() === serial.lot}>
          {saving ? 'Saving…' : 'Change lot'}
        </button>
      </form>
    </div>
  );
}
