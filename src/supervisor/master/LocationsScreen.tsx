// Locations: list by zone or code, edit one, select several to print their labels.
import { useState } from 'react';
import { useLabelSelection } from '../../labels/selection';
import { ListStatus, useApiList, useGo } from './common';
import { Pager } from './ItemsScreen';
import type { LocationRow } from './api';

const PAGE_SIZE = 100;
export const TYPE_WORDS = { storage: 'Storage', receiving: 'Receiving / dock', packing: 'Packing' } as const;

export function LocationsScreen() {
  const go = useGo();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, LocationRow>>(new Map());
  const { page: result, error, loading } = useApiList('locations', { search: search.trim(), active, page, pageSize: PAGE_SIZE });
  const chooseLocations = useLabelSelection((s) => s.chooseLocations);
  const rows = result?.rows ?? [];
  const toggle = (row: LocationRow) => setSelected((s) => {
    const next = new Map(s);
    if (next.has(row.code)) next.delete(row.code);
    else next.set(row.code, row);
    return next;
  });
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.code));
  return (
    <div className="master-list">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => go('locations', 'new')}>New location</button>
        <button type="button" className="button" onClick={() => go('import', 'locations')}>Import locations</button>
        <button type="button" className="button" disabled={selected.size === 0} onClick={() => { chooseLocations([...selected.values()]); go('labels'); }}>
          Print labels ({selected.size})
        </button>
      </div>
      <div className="filters">
        <label className="field">
          <span>Search locations</span>
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} placeholder="Code or zone" autoComplete="off" />
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
      <table className="rows" aria-label="Locations">
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label="Select all shown" checked={allShown} onChange={() => setSelected((s) => {
                const next = new Map(s);
                for (const r of rows) if (allShown) next.delete(r.code); else next.set(r.code, r);
                return next;
              })} />
            </th>
            <th scope="col">Code</th><th scope="col">Zone</th><th scope="col">Type</th><th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((loc) => (
            <tr key={loc.code} className={loc.active ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={`Select ${loc.code}`} checked={selected.has(loc.code)} onChange={() => toggle(loc)} /></td>
              <td><strong>{loc.code}</strong>{!loc.active && <span className="tag off">deactivated</span>}</td>
              <td>{loc.zone}</td>
              <td>{TYPE_WORDS[loc.type]}</td>
              <td><button type="button" className="button" aria-label={`Edit ${loc.code}`} onClick={() => go('locations', loc.code)}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} total={result?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
    </div>
  );
}
