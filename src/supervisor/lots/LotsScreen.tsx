// Lots (issue 8): a lot's page (expiry, status, stock by location, hold or
// release with a reason, the hold history) and the near-expiry report by
// location, exportable as CSV. Reads the device's replica; holds are
// operations like any other, so they work offline and reach devices by sync.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { lotStatus } from '../../domain';
import { lotRecord, nearExpiry, todayOnDevice } from '../../replica/lots';
import { findItem, slotsOfItem } from '../../replica/queries';
import { itemRecordsById } from '../../replica/view';
import { useRecordOp } from '../record-op';
import { nearExpiryCsv } from './near-expiry-csv';

const STATUS_WORDS = { available: 'Available', 'on-hold': 'On hold', expired: 'Expired' } as const;

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
  if (!data) return <p aria-busy="true">Loading…</p>;
  if (!data.item) return <p role="alert" className="error">No item with SKU or GTIN {sku}.</p>;
  const { item, record, slots } = data;
  const status = lotStatus(record, todayOnDevice());
  const action = record?.onHold ? 'release' : 'hold';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await run('holdLot', { item: item.sku, lot, action, reason: reason.trim() });
    if (done.ok) setReason('');
  };
  return (
    <section aria-label={`Lot ${lot}`}>
      <h2>{item.sku} · lot {lot}</h2>
      <dl className="summary">
        <dt>Status</dt><dd data-testid="lot-status">{STATUS_WORDS[status]}</dd>
        <dt>Expiry</dt><dd>{record?.expiry ?? 'no date'}{record?.expirySource ? ` (${record.expirySource})` : ''}</dd>
        <dt>First received</dt><dd>{record?.firstReceived ?? 'not received yet'}</dd>
        <dt>In stock</dt><dd>{slots.length === 0 ? 'none' : slots.map((s) => `${s.location.code}: ${s.quantity}`).join(', ')}</dd>
      </dl>
      <form onSubmit={(e) => void submit(e)} aria-label={action === 'hold' ? 'Put on hold' : 'Release'}>
        <label className="field">
          <span>Reason</span>
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" className="button primary-small" disabled={saving || reason.trim() === ''}>
          {action === 'hold' ? 'Put lot on hold' : 'Release lot'}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <table className="sv-table" aria-label="Hold history">
        <thead><tr><th>When (device)</th><th>Action</th><th>Reason</th><th>By</th></tr></thead>
        <tbody>
          {(record?.holds ?? []).map((h) => (
            <tr key={h.opId}><td>{h.deviceTime}</td><td>{h.action === 'hold' ? 'Held' : 'Released'}</td><td>{h.reason}</td><td>{h.userId}</td></tr>
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
    <section aria-label="Near expiry">
      <h2>Expiring within {days} days</h2>
      <div className="sv-toolbar">
        <label className="field">
          <span>Days</span>
          <input type="number" min={0} max={3650} value={days} onChange={(e) => setDays(Math.max(0, Math.min(3650, Number(e.target.value) || 0)))} />
        </label>
        <button type="button" className="button" onClick={download} disabled={!rows?.length}>Export CSV</button>
      </div>
      <table className="sv-table" aria-label="Near-expiry stock">
        <thead><tr><th>SKU</th><th>Lot</th><th>Expiry</th><th>Days left</th><th>Status</th><th>Location</th><th>Quantity</th></tr></thead>
        <tbody>
          {(rows ?? []).map((r) => (
            <tr key={`${r.itemId}/${r.lot}/${r.locationCode}`}>
              <td>{r.sku}</td><td>{r.lot}</td><td>{r.expiry}</td><td>{r.daysLeft}</td><td>{STATUS_WORDS[r.status]}</td><td>{r.locationCode}</td><td>{r.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows && rows.length === 0 && <p className="hint">No stock expires within {days} days.</p>}
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
      <h1>Lots</h1>
      <form className="sv-filters" onSubmit={submit} aria-label="Find a lot">
        <label className="field"><span>Item (SKU or GTIN)</span><input value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" spellCheck={false} /></label>
        <label className="field"><span>Lot</span><input value={lot} onChange={(e) => setLot(e.target.value)} autoComplete="off" spellCheck={false} /></label>
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small" disabled={!sku.trim() || !lot.trim()}>Open lot</button>
        </div>
      </form>
      {asked && <LotPage sku={asked.sku} lot={asked.lot} />}
      <NearExpiry />
    </div>
  );
}
