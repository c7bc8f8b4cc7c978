// One exception: what happened in warehouse words, the operation behind it
// (who, which device, when), and the three ways to close it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../device/device';
import { slotsOfItem } from '../../replica/queries';
import { describeCode, operationName, say, type SentenceKey } from '../../words';
import { useRecordOp } from '../record-op';
import type { ExceptionRow } from '../server-types';
import { useNow } from '../../app/use-now';
import { deviceLabel, exactWhen, itemLabel, localTime, relativeWhen } from '../context';
import { clockAheadNote } from './clock';
import { fields } from './describe';
import { lotOf, quantityOf } from '../../domain/operation-facts';

const ACTION_WORDS: Record<string, SentenceKey> = {
  accept: 'console.exceptions.action.accept', 'count-task': 'console.exceptions.action.count-task', adjust: 'console.exceptions.action.adjust',
};

/** A resolution's action in words; one this version does not know, as its code. */
function actionWords(action: string): string {
  return Object.hasOwn(ACTION_WORDS, action) ? say(ACTION_WORDS[action]!) : action;
}

function when(iso: string | null | undefined): string {
  return localTime(iso) || '—';
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
  const title = `${row.locationCode ?? say('console.exceptions.card.no-location')}${row.itemSku ? ` · ${row.itemSku}` : ''}`;
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
    <li className={`card sv-exception ${exception.status}`} aria-label={say('console.exceptions.card.label', { title })}>
      <div className="sv-exception-head">
        <h2>{title}</h2>
        <span className="rule">{say('console.exceptions.card.rule', { rule: exception.rule, code: exception.code })}</span>
      </div>
      <p>{describeCode(exception.code)}</p>
      <dl className="sv-facts compact sv-context" aria-label={say('console.exceptions.card.about')}>
        {item && <div><dt>{say('console.shell.label.item')}</dt><dd>{item}</dd></div>}
        <div><dt>{say('console.shell.label.location')}</dt><dd>{row.locationCode ?? say('console.exceptions.card.location-none')}</dd></div>
        {aboutLot && <div><dt>{say('console.shell.label.lot')}</dt><dd>{aboutLot}</dd></div>}
        {aboutQuantity !== null && <div><dt>{say('console.shell.label.quantity')}</dt><dd>{aboutQuantity}</dd></div>}
        {operation && <div><dt>{say('console.shell.label.who')}</dt><dd>{operation.userName ?? operation.userId}</dd></div>}
        {operation && (
          <div><dt>{say('console.shell.label.device')}</dt><dd title={operation.deviceId}>{deviceLabel(operation.deviceName, operation.deviceId)}</dd></div>
        )}
        <div><dt>{say('console.shell.label.when')}</dt><dd title={exactWhen(happened)}>{relativeWhen(happened, now)}</dd></div>
      </dl>
      {fields(exception.details).length > 0 && (
        <dl className="sv-facts compact" aria-label={say('console.exceptions.card.found')}>
          {fields(exception.details).map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
        </dl>
      )}
      {operation ? (
        <details className="sv-operation">
          <summary>
            {say('console.exceptions.card.summary', {
              operation: operationName(operation.type),
              who: operation.userName ?? operation.userId,
              device: deviceLabel(operation.deviceName, operation.deviceId),
              done: when(operation.deviceTime),
              received: when(operation.receivedAt),
              syncedBy: operation.pushedByName,
            })}
          </summary>
          <dl className="sv-facts compact" aria-label={say('console.exceptions.card.operation')}>
            {fields(operation.payload).map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
            <div><dt>{say('console.exceptions.card.device-id')}</dt><dd>{operation.deviceId}</dd></div>
            <div><dt>{say('console.exceptions.card.operation-id')}</dt><dd>{operation.id}</dd></div>
          </dl>
        </details>
      ) : <p className="hint">{say('console.exceptions.card.no-operation')}</p>}
      {operation && clockAheadNote(operation.deviceTime, operation.receivedAt) && (
        <p className="warning">{clockAheadNote(operation.deviceTime, operation.receivedAt)}</p>
      )}
      {exception.status === 'resolved' && (
        <p className="success">
          {say('console.exceptions.card.resolved', { resolution: exception.resolution, by: resolvedBy ? resolvedBy.userName : undefined })}
        </p>
      )}
      {exception.status === 'open' && pending !== null && (
        <p role="status" className="success">{say('console.exceptions.card.pending', { action: actionWords(pending) })}</p>
      )}
      {open && (
        <>
          <label className="field">
            <span>{say('console.shell.note-optional')}</span>
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="actions">
            <button type="button" className="button primary-small" disabled={saving} onClick={() => void resolve('accept')}>
              {say(heldCount ? 'console.exceptions.resolve.accept-count' : 'console.exceptions.resolve.accept')}
            </button>
            <button type="button" className="button" disabled={saving} onClick={() => void resolve('count-task')}>
              {say(heldCount ? 'console.exceptions.resolve.count-again' : 'console.exceptions.resolve.count-task')}
            </button>
            <button type="button" className="button" disabled={saving || exception.slotId === null} aria-expanded={adjusting} onClick={() => setAdjusting(!adjusting)}>
              {say('console.exceptions.resolve.adjust')}
            </button>
          </div>
          {heldCount && <p className="hint">{say('console.exceptions.resolve.held-count-hint')}</p>}
          <p className="hint">{say('console.exceptions.resolve.hint')}</p>
          {adjusting && (
            <form className="sv-inline-form" onSubmit={submitAdjust} aria-label={say('console.exceptions.adjust.label')}>
              {slot && (
                <p className="hint sv-full">
                  {say('console.exceptions.adjust.slot', { quantity: slot.quantity, lot: slot.lot, lotUnknown: slot.lotUnknown, waiting: slot.needsCount })}
                </p>
              )}
              <label className="field"><span>{say('console.exceptions.adjust.quantity')}</span>
                <input inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
              </label>
              <label className="field"><span>{say('console.exceptions.adjust.lot')}</span>
                <input value={lot} maxLength={40} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} />
              </label>
              <button type="submit" className="button primary-small" disabled={saving || !quantityOk}>{say('console.exceptions.adjust.submit')}</button>
            </form>
          )}
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}
