// One exception: what happened in warehouse words, the operation behind it
// (who, which device, when), and the three ways to close it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { slotsOfItem } from '../../replica/queries';
import { describeCode, operationName } from '../../words';
import { useRecordOp } from '../record-op';
import type { ExceptionRow } from '../server-types';
import { useNow } from '../../app/use-now';
import { deviceLabel, exactWhen, itemLabel, relativeWhen } from '../context';
import { clockAheadNote } from './clock';
import { fields } from './describe';
import { lotOf, quantityOf } from '../../domain/operation-facts';

const ACTION_WORDS: Record<string, string> = {
  accept: 'accepted as recorded', 'count-task': 'sent to a count', adjust: 'adjusted',
};

function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}

export function ExceptionCard({ row, pending }: { row: ExceptionRow; pending: string | null }) {
  const { exception, operation, resolvedBy } = row;
  const [adjusting, setAdjusting] = useState(false);
  const [quantity, setQuantity] = useState('');
  const [lot, setLot] = useState('');
  const [note, setNote] = useState('');
  const { run, saving, error } = useRecordOp();
  // The slot as this device sees it now, to start the adjustment from.
  const slot = useLiveQuery(
    async () => (exception.itemId && exception.slotId ? (await slotsOfItem(db, exception.itemId)).find((s) => s.id === exception.slotId) ?? null : null),
    [exception.itemId, exception.slotId], null,
  );
  const open = exception.status === 'open' && pending === null;
  const title = `${row.locationCode ?? 'No location'}${row.itemSku ? ` · ${row.itemSku}` : ''}`;
  // R9: a count held for review is accepted (booked) or counted again (count-review.ts).
  const heldCount = exception.code === 'count-review';
  const item = itemLabel(row.itemSku, row.itemName);
  const aboutLot = lotOf(exception.details, operation?.payload);
  const aboutQuantity = quantityOf(operation?.payload);
  const now = useNow();
  const happened = operation?.deviceTime ?? operation?.receivedAt ?? exception.createdAt;

  const resolve = async (action: 'accept' | 'count-task' | 'adjust', adjust?: { quantity: number; lot: string | null }) => {
    const payload = { exceptionId: exception.id, action, ...(adjust ? { adjust } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    const outcome = await run('resolveException', payload);
    if (outcome.ok && !outcome.flagged) setAdjusting(false);
  };
  const submitAdjust = (e: FormEvent) => {
    e.preventDefault();
    void resolve('adjust', { quantity: Number(quantity), lot: lot.trim() === '' ? null : lot.trim() });
  };
  const quantityOk = /^\d+$/.test(quantity.trim());

  return (
    <li className={`card sv-exception ${exception.status}`} aria-label={`Exception at ${title}`}>
      <div className="sv-exception-head">
        <h2>{title}</h2>
        <span className="rule">Rule {exception.rule} · {exception.code}</span>
      </div>
      <p>{describeCode(exception.code)}</p>
      <dl className="sv-facts compact sv-context" aria-label="What it is about">
        {item && <div><dt>Item</dt><dd>{item}</dd></div>}
        <div><dt>Location</dt><dd>{row.locationCode ?? 'none'}</dd></div>
        {aboutLot && <div><dt>Lot</dt><dd>{aboutLot}</dd></div>}
        {aboutQuantity !== null && <div><dt>Quantity</dt><dd>{aboutQuantity}</dd></div>}
        {operation && <div><dt>Who</dt><dd>{operation.userName ?? operation.userId}</dd></div>}
        {operation && <div><dt>Device</dt><dd title={operation.deviceId}>{deviceLabel(operation.deviceName, operation.deviceId)}</dd></div>}
        <div><dt>When</dt><dd title={exactWhen(happened)}>{relativeWhen(happened, now)}</dd></div>
      </dl>
      {fields(exception.details).length > 0 && (
        <dl className="sv-facts compact" aria-label="What was found">
          {fields(exception.details).map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
        </dl>
      )}
      {operation ? (
        <details className="sv-operation">
          <summary>
            {operationName(operation.type)} by {operation.userName ?? operation.userId} on {deviceLabel(operation.deviceName, operation.deviceId)},
            {' '}done {when(operation.deviceTime)}, received {when(operation.receivedAt)}
            {operation.pushedByName !== null && `, synced by ${operation.pushedByName}`}
          </summary>
          <dl className="sv-facts compact" aria-label="Operation">
            {fields(operation.payload).map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
            <div><dt>Device id</dt><dd>{operation.deviceId}</dd></div>
            <div><dt>Operation id</dt><dd>{operation.id}</dd></div>
          </dl>
        </details>
      ) : <p className="hint">The operation behind it is not on the server.</p>}
      {operation && clockAheadNote(operation.deviceTime, operation.receivedAt) && (
        <p className="warning">{clockAheadNote(operation.deviceTime, operation.receivedAt)}</p>
      )}
      {exception.status === 'resolved' && (
        <p className="success">
          Resolved: {exception.resolution ?? 'closed'}{resolvedBy ? ` by ${resolvedBy.userName ?? 'a supervisor'}` : ''}.
        </p>
      )}
      {exception.status === 'open' && pending !== null && (
        <p role="status" className="success">Resolution saved ({ACTION_WORDS[pending] ?? pending}); it reaches the server with the next sync.</p>
      )}
      {open && (
        <>
          <label className="field">
            <span>Note (optional)</span>
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="actions">
            <button type="button" className="button primary-small" disabled={saving} onClick={() => void resolve('accept')}>{heldCount ? 'Accept count' : 'Accept'}</button>
            <button type="button" className="button" disabled={saving} onClick={() => void resolve('count-task')}>{heldCount ? 'Reject: count again' : 'Count task'}</button>
            <button type="button" className="button" disabled={saving || exception.slotId === null} aria-expanded={adjusting} onClick={() => setAdjusting(!adjusting)}>
              Adjust…
            </button>
          </div>
          {heldCount && <p className="hint">Accept count books the counted difference on the slot as it is now; Reject books nothing and leaves the slot to be counted again.</p>}
          <p className="hint">Accept keeps what was recorded and closes the slot's count task; Count task leaves the slot for an operator to count; Adjust sets the slot's true quantity and lot (a lot change is recorded as the old lot removed and the new one placed).</p>
          {adjusting && (
            <form className="sv-inline-form" onSubmit={submitAdjust} aria-label="Adjust the slot">
              {slot && (
                <p className="hint sv-full">
                  The slot holds {slot.quantity} now, lot {slot.lotUnknown ? 'unknown' : slot.lot ?? 'none'}{slot.needsCount ? ', waiting for a count' : ''}.
                </p>
              )}
              <label className="field"><span>True quantity</span>
                <input inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
              </label>
              <label className="field"><span>Lot (for items that track lots)</span>
                <input value={lot} maxLength={40} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} />
              </label>
              <button type="submit" className="button primary-small" disabled={saving || !quantityOk}>Save adjustment</button>
            </form>
          )}
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}
