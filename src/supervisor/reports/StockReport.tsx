// Stock by location with the lot of each slot (R12) and its serials.
import { useState, type FormEvent } from 'react';
import { nextSort, toQuery, type SortDir } from '../query';
import type { Page, StockRow } from '../server-types';
import { useServerData } from '../use-server-data';
import { ExportButtons } from './ExportButtons';
import { Pager } from './Pager';
import { SortHeader } from './SortHeader';

type Sort = 'location' | 'item' | 'lot' | 'quantity';
interface Filters { item: string; lot: string; location: string; zone: string; nonZero: boolean }
const EMPTY: Filters = { item: '', lot: '', location: '', zone: '', nonZero: true };
const PAGE_SIZE = 50;
const PATH = '/api/supervisor/stock';

export function StockReport() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [sort, setSort] = useState<{ sort: Sort; dir: SortDir }>({ sort: 'location', dir: 'asc' });
  const [page, setPage] = useState(1);
  const base = { ...filters, sort: sort.sort, dir: sort.dir };
  const { data, loading, error } = useServerData<Page<StockRow>>(`${PATH}${toQuery({ ...base, page, pageSize: PAGE_SIZE })}`);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const onSort = (column: Sort) => { setSort(nextSort(sort, column)); setPage(1); };
  const field = (key: 'item' | 'lot' | 'location' | 'zone', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} autoComplete="off" spellCheck={false} />
    </label>
  );
  const header = (column: Sort, label: string, numeric = false) => (
    <SortHeader column={column} label={label} sort={sort.sort} dir={sort.dir} onSort={onSort} numeric={numeric} />
  );

  return (
    <>
      <form className="sv-filters" onSubmit={apply} aria-label="Stock filters">
        {field('item', 'Item (SKU)')}
        {field('lot', 'Lot')}
        {field('location', 'Location')}
        {field('zone', 'Zone')}
        <label className="sv-check">
          <input type="checkbox" checked={draft.nonZero} onChange={(e) => setDraft({ ...draft, nonZero: e.target.checked })} />
          <span>Only slots with stock</span>
        </label>
        <div className="sv-filter-actions">
          <button type="submit" className="button primary-small">Apply filters</button>
          <button type="button" className="button subtle" onClick={() => { setDraft(EMPTY); setFilters(EMPTY); setPage(1); }}>Clear</button>
        </div>
      </form>
      <div className="sv-toolbar">
        <ExportButtons path={PATH} query={toQuery(base)} name="stock" />
        {loading && <span className="hint" aria-live="polite">Loading…</span>}
      </div>
      {error && <p role="alert" className="error">Could not load the stock: {error}</p>}
      {data && (
        <>
          <div className="sv-table-wrap">
            <table className="sv-table" aria-label="Stock">
              <thead>
                <tr>
                  {header('location', 'Location')}<th>Zone</th>{header('item', 'Item')}<th>Condition</th>
                  {header('lot', 'Lot')}{header('quantity', 'Qty', true)}<th className="num">Capacity</th><th>Serials</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.length === 0 && <tr><td colSpan={8} className="hint">No slot matches these filters.</td></tr>}
                {data.rows.map((s) => (
                  <tr key={s.slotId}>
                    <td className="code">{s.locationCode}</td>
                    <td>{s.zone}</td>
                    <td className="code" title={s.itemName}>{s.sku}</td>
                    <td>{s.condition || '—'}</td>
                    <td>
                      {s.lotUnknown ? <span className="tag warn">unknown</span> : (s.lot ?? '—')}
                      {s.needsCount && <span className="tag warn">count</span>}
                    </td>
                    <td className="num">{s.quantity}</td>
                    <td className="num">{s.capacity}</td>
                    <td className="sv-serials">{s.serials.join(', ')}</td>
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
