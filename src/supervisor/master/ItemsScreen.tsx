// Items: search, page through, open one to edit, select several to print labels.
import { useState } from 'react';
import { useLabelSelection } from '../../labels/selection';
import { ListStatus, useApiList, useGo } from './common';
import type { ItemRow } from './api';

const PAGE_SIZE = 50;

export function ItemsScreen() {
  const go = useGo();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, ItemRow>>(new Map());
  const { page: result, error, loading } = useApiList('items', { search: search.trim(), active, page, pageSize: PAGE_SIZE });
  const chooseItems = useLabelSelection((s) => s.chooseItems);
  const rows = result?.rows ?? [];
  const toggle = (row: ItemRow) => setSelected((s) => {
    const next = new Map(s);
    if (next.has(row.sku)) next.delete(row.sku);
    else next.set(row.sku, row);
    return next;
  });
  return (
    <div className="master-list">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => go('items', 'new')}>New item</button>
        <button type="button" className="button" onClick={() => go('import', 'items')}>Import items</button>
        <button type="button" className="button" disabled={selected.size === 0} onClick={() => { chooseItems([...selected.values()]); go('labels'); }}>
          Print labels ({selected.size})
        </button>
      </div>
      <div className="filters">
        <label className="field">
          <span>Search items</span>
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} placeholder="SKU, name or GTIN" autoComplete="off" />
        </label>
        <label className="field">
          <span>Show</span>
          <select value={active} onChange={(e) => { setActive(e.target.value as typeof active); setPage(1); }}>
            <option value="true">Active</option>
            <option value="false">Deactivated</option>
            <option value="">All</option>
          </select>
        </label>
      </div>
      <ListStatus error={error} loading={loading} total={result?.total} shown={rows.length} />
      <table className="rows" aria-label="Items">
        <thead>
          <tr><th scope="col">Label</th><th scope="col">SKU</th><th scope="col">Name</th><th scope="col">GTIN</th><th scope="col">Tracking</th><th scope="col" /></tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={item.sku} className={item.active !== false ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={`Select ${item.sku}`} checked={selected.has(item.sku)} onChange={() => toggle(item)} /></td>
              <td><strong>{item.sku}</strong></td>
              <td>{item.name}{item.active === false && <span className="tag off">deactivated</span>}</td>
              <td>{item.gtins.join(', ')}</td>
              <td>
                {item.lotTracked && <span className="tag">lots</span>}
                {item.serialized && <span className="tag">serials</span>}
                {item.lotAtPack && <span className="tag">lot at pack</span>}
                {item.durable && <span className="tag">durable</span>}
              </td>
              <td><button type="button" className="button" aria-label={`Edit ${item.sku}`} onClick={() => go('items', item.sku)}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} total={result?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
    </div>
  );
}

export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</button>
      <span>Page {page} of {pages}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</button>
    </nav>
  );
}
