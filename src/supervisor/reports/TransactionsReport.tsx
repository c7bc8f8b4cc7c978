// Every recorded movement, with its lot (R12), who and when.
import { useState, type FormEvent } from 'react';
import { dayBound, nextSort, toQuery, type SortDir } from '../query';
import type { Page, TransactionRow } from '../server-types';
import { useServerData } from '../use-server-data';
import { ExportButtons } from './ExportButtons';
import { Pager } from './Pager';
import { SortHeader } from './SortHeader';
import { shortTime, TRANSACTION_TYPES, typeName } from './transaction-types';

type Sort = 'recordedAt' | 'item' | 'lot' | 'location' | 'type' | 'quantity' | 'user';
interface Filters { item: string; lot: string; location: string; user: string; type: string; from: string; to: string }
const EMPTY: Filters = { item: '', lot: '', location: '', user: '', type: '', from: '', to: '' };
const PAGE_SIZE = 50;
const PATH = '/api/supervisor/transactions';

export function transactionQuery(f: Filters, sort: { sort: Sort; dir: SortDir }): Record<string, string | undefined> {
  return {
    item: f.item, lot: f.lot, location: f.location, user: f.user, type: f.type,
    from: dayBound(f.from, 'from'), to: dayBound(f.to, 'to'), sort: sort.sort, dir: sort.dir,
  };
}

export function TransactionsReport() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [sort, setSort] = useState<{ sort: Sort; dir: SortDir }>({ sort: 'recordedAt', dir: 'desc' });
  const [page, setPage] = useState(1);
  const base = transactionQuery(filters, sort);
  const { data, loading, error } = useServerData<Page<TransactionRow>>(`${PATH}${toQuery({ ...base, page, pageSize: PAGE_SIZE })}`);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const onSort = (column: Sort) => { setSort(nextSort(sort, column)); setPage(1); };
  const field = (key: keyof Filters, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} autoComplete="off" spellCheck={false} />
    </label>
  );
  const header = (column: Sort, label: string, numeric = false) => (
    <SortHeader column={column} label={label} sort={sort.sort} dir={sort.dir} onSort={onSort} numeric={numeric} />
  );

  return (
    <>
      <form className="sv-filters" onSubmit={apply} aria-label="Transaction filters">
        {field('item', 'Item (SKU)')}
        {field('lot', 'Lot')}
        {field('location', 'Location')}
        {field('user', 'Operator badge')}
        <label className="field">
          <span>Type</span>
          <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
            <option value="">All types</option>
            {TRANSACTION_TYPES.map((t) => <option key={t} value={t}>{typeName(t)}</option>)}
          </select>
        </label>
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small">Apply filters</button>
          <button type="button" className="button subtle" onClick={() => { setDraft(EMPTY); setFilters(EMPTY); setPage(1); }}>Clear</button>
        </div>
      </form>
      <div className="sv-toolbar">
        <ExportButtons path={PATH} query={toQuery(base)} name="transactions" />
        {loading && <span className="hint" aria-live="polite">Loading…</span>}
      </div>
      {error && <p role="alert" className="error">Could not load the transactions: {error}</p>}
      {data && (
        <>
          <div className="sv-table-wrap">
            <table className="sv-table" aria-label="Transactions">
              <thead>
                <tr>
                  {header('recordedAt', 'When')}{header('type', 'Type')}{header('item', 'Item')}{header('location', 'Location')}
                  {header('lot', 'Lot')}<th>Serial</th>{header('quantity', 'Qty', true)}{header('user', 'Operator')}
                </tr>
              </thead>
              <tbody>
                {data.rows.length === 0 && <tr><td colSpan={8} className="hint">No transaction matches these filters.</td></tr>}
                {data.rows.map((t) => (
                  <tr key={t.id}>
                    <td className="when">{shortTime(t.recordedAt)}</td>
                    <td>{typeName(t.type)}</td>
                    <td className="code" title={t.itemName}>{t.sku}</td>
                    <td className="code">{t.locationCode}{t.condition ? ` (${t.condition})` : ''}</td>
                    <td>{t.lotUnknown ? <span className="tag warn">unknown</span> : (t.lot ?? '—')}</td>
                    <td>{t.serial ?? ''}</td>
                    <td className="num">{t.quantity > 0 ? `+${t.quantity}` : t.quantity}</td>
                    <td>{t.userName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
