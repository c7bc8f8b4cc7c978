// Lots (issue 8): a lot's page (expiry, status, stock by location, hold or
// release with a reason, the hold history) and the near-expiry report by
// location, exportable as CSV. Reads the device's replica; holds are
// operations like any other, so they work offline and reach devices by sync.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { lotStatus, type LotStatus } from '../../domain';
import { lotRecord, nearExpiry, todayOnDevice } from '../../replica/lots';
import { findItem, slotsOfItem } from '../../replica/queries';
import { itemRecordsById } from '../../replica/view';
import { say, type SentenceKey } from '../../words';
import { localTime } from '../context';
import { useRecordOp } from '../record-op';
import { nearExpiryCsv } from './near-expiry-csv';

const STATUS_WORDS = {
  available: 'console.lots.status.available', 'on-hold': 'console.lots.status.on-hold', expired: 'console.lots.status.expired',
} as const satisfies Record<LotStatus, SentenceKey>;

/** A lot's page: also shown under a recall, so a recalled lot can be held where it is traced. */
export function LotPage({ sku, lot }: { sku: string; lot: string }) {
  const { run, saving, error } = useRecordOp();
  const [reason, setReason] = useState('');
  const data = useLiveQuery(async () => {
    const item = await findItem(db, sku);
    if (!item) return { item: null } as const;
    const [record, slots] = await Promise.all([lotRecord(db, item.id, lot), slotsOfItem(db, item.id)]);
    return { item, record, slots: slots.filter((s) => s.lot === lot && s.quantity > 0) } as const;
  }, [sku, lot]);
  if (!data) return <p aria-busy="true">{say('console.shell.loading')}</p>;
  if (!data.item) return <p role="alert" className="error">{say('console.lots.page.no-item', { sku })}</p>;
  const { item, record, slots } = data;
  const status = lotStatus(record, todayOnDevice());
  const action = record?.onHold ? 'release' : 'hold';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await run('holdLot', { item: item.sku, lot, action, reason: reason.trim() });
    if (done.ok) setReason('');
  };
  return (
    <section aria-label={say('console.lots.page.label', { lot })}>
      <h2>{say('console.lots.page.title', { sku: item.sku, lot })}</h2>
      <dl className="summary">
        <dt>{say('console.shell.label.status')}</dt><dd data-testid="lot-status">{say(STATUS_WORDS[status])}</dd>
        <dt>{say('console.lots.page.expiry')}</dt>
        <dd>{say('console.lots.page.expiry-value', { expiry: record?.expiry ?? null, source: record?.expirySource ?? null })}</dd>
        <dt>{say('console.lots.page.first-received')}</dt><dd>{record?.firstReceived ?? say('console.lots.page.not-received')}</dd>
        <dt>{say('console.lots.page.in-stock')}</dt>
        <dd>
          {slots.length === 0
            ? say('console.lots.page.in-stock.none')
            : slots.map((s) => say('console.lots.page.in-stock.at', { location: s.location.code, quantity: s.quantity })).join(', ')}
        </dd>
      </dl>
      <form onSubmit={(e) => void submit(e)} aria-label={say(action === 'hold' ? 'console.lots.hold.form' : 'console.lots.release.form')}>
        <label className="field">
          <span>{say('console.shell.label.reason')}</span>
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" className="button primary-small" disabled={saving || reason.trim() === ''}>
          {say(action === 'hold' ? 'console.lots.hold.submit' : 'console.lots.release.submit')}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <table className="sv-table" aria-label={say('console.lots.history')}>
        <thead>
          <tr>
            <th>{say('console.lots.history.when')}</th><th>{say('console.lots.history.action')}</th>
            <th>{say('console.shell.label.reason')}</th><th>{say('console.shell.label.by')}</th>
          </tr>
        </thead>
        <tbody>
          {(record?.holds ?? []).map((h) => (
            <tr key={h.opId}>
              <td>{localTime(h.deviceTime) || h.deviceTime}</td>
              <td>{say(h.action === 'hold' ? 'console.lots.history.held' : 'console.lots.history.released')}</td>
              <td>{h.reason}</td><td>{h.userId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function NearExpiry() {
  const [days, setDays] = useState(30);
  const rows = useLiveQuery(async () => {
    const found = await nearExpiry(db, days);
    const records = await itemRecordsById(db, [...new Set(found.map((r) => r.itemId))]);
    const skus = new Map(records.map((r) => [r.id, r.item?.sku ?? r.id]));
    return found.map((r) => ({ ...r, sku: skus.get(r.itemId) ?? r.itemId }));
  }, [days]);
  const download = () => {
    if (!rows) return;
    const url = URL.createObjectURL(new Blob([nearExpiryCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `near-expiry-${days}d-${todayOnDevice()}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-label={say('console.lots.near-expiry')}>
      <h2>{say('console.lots.near-expiry.title', { days })}</h2>
      <div className="sv-toolbar">
        <label className="field">
          <span>{say('console.lots.near-expiry.days')}</span>
          <input type="number" min={0} max={3650} value={days} onChange={(e) => setDays(Math.max(0, Math.min(3650, Number(e.target.value) || 0)))} />
        </label>
        <button type="button" className="button" onClick={download} disabled={!rows?.length}>{say('console.lots.near-expiry.export')}</button>
      </div>
      <table className="sv-table" aria-label={say('console.lots.near-expiry.table')}>
        <thead>
          <tr>
            <th>{say('console.shell.label.sku')}</th><th>{say('console.shell.label.lot')}</th><th>{say('console.lots.page.expiry')}</th>
            <th>{say('console.lots.near-expiry.days-left')}</th><th>{say('console.shell.label.status')}</th>
            <th>{say('console.shell.label.location')}</th><th>{say('console.shell.label.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((r) => (
            <tr key={`${r.itemId}/${r.lot}/${r.locationCode}`}>
              <td>{r.sku}</td><td>{r.lot}</td><td>{r.expiry}</td><td>{r.daysLeft}</td><td>{say(STATUS_WORDS[r.status])}</td><td>{r.locationCode}</td><td>{r.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows && rows.length === 0 && <p className="hint">{say('console.lots.near-expiry.none', { days })}</p>}
    </section>
  );
}

export function LotsScreen() {
  const [sku, setSku] = useState('');
  const [lot, setLot] = useState('');
  const [asked, setAsked] = useState<{ sku: string; lot: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sku.trim() && lot.trim()) setAsked({ sku: sku.trim(), lot: lot.trim() });
  };
  return (
    <div className="sv-screen sv-lots">
      <h1>{say('console.lots.title')}</h1>
      <form className="sv-filters" onSubmit={submit} aria-label={say('console.lots.find')}>
        <label className="field"><span>{say('console.lots.find.item')}</span><input value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" spellCheck={false} /></label>
        <label className="field"><span>{say('console.shell.label.lot')}</span><input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} /></label>
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small" disabled={!sku.trim() || !lot.trim()}>{say('console.lots.find.open')}</button>
        </div>
      </form>
      {asked && <LotPage sku={asked.sku} lot={asked.lot} />}
      <NearExpiry />
    </div>
  );
}
