// R14: a serial's lot is corrected here, and only here (a count never changes it).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { serialDetail } from '../../replica/supervisor-queries';
import { say } from '../../words';
import { useRecordOp } from '../record-op';
import { serialStatus } from './SerialsScreen';

export function SerialDetail({ serialId }: { serialId: string }) {
  const go = useRoute((s) => s.go);
  const row = useLiveQuery(() => serialDetail(db, serialId), [serialId], undefined);
  const [lot, setLot] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { run, saving, error } = useRecordOp();
  const back = <button type="button" className="button subtle" onClick={() => go('supervisor/serials')}>{say('console.serials.detail.back')}</button>;
  if (row === undefined) return <p aria-busy="true">{say('console.serials.detail.loading')}</p>;
  if (row === null) return <div className="sv-screen">{back}<p role="alert" className="error">{say('console.serials.detail.unknown')}</p></div>;
  const { serial, item } = row;
  const inLocation = row.locationCode !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const next = lot.trim();
    if (next === '' || next === serial.lot) return;
    const outcome = await run('changeSerialLot', { serial: serial.serial, lot: next });
    if (outcome.ok && !outcome.flagged) {
      setDone(say('console.serials.change.done', { serial: serial.serial, lot: next }));
      setLot('');
    }
  };

  return (
    <div className="sv-screen">
      {back}
      <h1>{say('console.serials.detail.title', { serial: serial.serial })}</h1>
      <dl className="sv-facts">
        <dt>{say('console.shell.label.item')}</dt><dd>{item ? `${item.sku} · ${item.name}` : serial.itemId}</dd>
        <dt>{say('console.shell.label.lot')}</dt><dd aria-label={say('console.serials.detail.current-lot')}>{serial.lot ?? say('console.shell.unknown')}</dd>
        <dt>{say('console.shell.label.status')}</dt><dd>{serialStatus(serial.status)}</dd>
        <dt>{say('console.shell.label.location')}</dt>
        <dd>
          {row.locationCode
            ? say('console.serials.detail.location', { location: row.locationCode, condition: row.condition })
            : say('console.serials.detail.nowhere')}
        </dd>
      </dl>
      <form className="sv-form" onSubmit={(e) => void submit(e)}>
        <h2>{say('console.serials.change.title')}</h2>
        <p className="hint">
          {inLocation
            ? say('console.serials.change.in-location', { location: row.locationCode ?? '', lot: serial.lot })
            : say('console.serials.change.nowhere')}
        </p>
        <label className="field">
          <span>{say('console.serials.change.new-lot')}</span>
          <input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} maxLength={40} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        {done && <p role="status" className="success">{done}</p>}
        <button type="submit" className="button primary" disabled={saving || lot.trim() === '' || lot.trim() === serial.lot}>
          {say(saving ? 'console.shell.saving' : 'console.serials.change.submit')}
        </button>
      </form>
    </div>
  );
}
