// Items and locations are listed the same way (new / import / print labels,
// search and active filter, load state, pager, rows picked for labels): one
// frame and one hook serve both screens, which add only their table.
import { useState, type ReactNode } from 'react';
import { ListStatus, useApiList, useGo } from './common';
import type { Item, Location } from '../../domain';
import { say } from '../../words';

type LabelledKind = 'items' | 'locations';
type RowOf<K extends LabelledKind> = K extends 'items' ? Item : Location;
type ActiveFilter = 'true' | 'false' | '';

/** The list's filters, page and answer, and the rows picked for labels (by keyOf, across pages). */
export function useMasterList<K extends LabelledKind>(kind: K, pageSize: number, keyOf: (row: RowOf<K>) => string) {
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<ActiveFilter>('true');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, RowOf<K>>>(new Map());
  const { page: result, error, loading } = useApiList(kind, { search: search.trim(), active, page, pageSize });
  const rows = (result?.rows ?? []) as RowOf<K>[];
  const toggle = (row: RowOf<K>) => setSelected((s) => {
    const next = new Map(s);
    if (next.has(keyOf(row))) next.delete(keyOf(row));
    else next.set(keyOf(row), row);
    return next;
  });
  const allShown = rows.length > 0 && rows.every((r) => selected.has(keyOf(r)));
  const toggleAllShown = () => setSelected((s) => {
    const next = new Map(s);
    for (const r of rows) if (allShown) next.delete(keyOf(r)); else next.set(keyOf(r), r);
    return next;
  });
  return {
    kind, pageSize, search, active, page, rows, total: result?.total, error, loading, selected, allShown,
    isSelected: (row: RowOf<K>) => selected.has(keyOf(row)),
    changeSearch: (value: string) => { setSearch(value); setPage(1); },
    changeActive: (value: ActiveFilter) => { setActive(value); setPage(1); },
    setPage, toggle, toggleAllShown,
  };
}

export type MasterList<K extends LabelledKind> = ReturnType<typeof useMasterList<K>>;

interface Props<K extends LabelledKind> {
  list: MasterList<K>;
  /** Hands the picked rows to the labels screen. */
  onPrintLabels: (rows: RowOf<K>[]) => void;
  /** The table of list.rows. */
  children: ReactNode;
}

export function MasterListScreen<K extends LabelledKind>({ list, onPrintLabels, children }: Props<K>) {
  const go = useGo();
  const { kind, selected } = list;
  return (
    <div className="master-list">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => go(kind, 'new')}>{say(`console.master.${kind}.new`)}</button>
        <button type="button" className="button" onClick={() => go('import', kind)}>{say(`console.master.${kind}.import`)}</button>
        <button type="button" className="button" disabled={selected.size === 0} onClick={() => { onPrintLabels([...selected.values()]); go('labels'); }}>
          {say('console.master.print-labels', { count: selected.size })}
        </button>
      </div>
      <div className="filters">
        <label className="field">
          <span>{say(`console.master.${kind}.search`)}</span>
          <input type="search" value={list.search} onChange={(e) => list.changeSearch(e.target.value)} placeholder={say(`console.master.${kind}.search-hint`)} autoComplete="off" />
        </label>
        <label className="field">
          <span>{say('console.master.show')}</span>
          <select value={list.active} onChange={(e) => list.changeActive(e.target.value as ActiveFilter)}>
            <option value="true">{say('console.master.show.active')}</option>
            <option value="false">{say('console.master.show.deactivated')}</option>
            <option value="">{say('console.master.show.all')}</option>
          </select>
        </label>
      </div>
      <ListStatus error={list.error} loading={list.loading} total={list.total} shown={list.rows.length} />
      {children}
      <Pager page={list.page} total={list.total ?? 0} pageSize={list.pageSize} onPage={list.setPage} />
    </div>
  );
}

function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav className="pager" aria-label={say('console.master.pages')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>{say('console.master.previous')}</button>
      <span>{say('console.master.page', { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>{say('console.master.next')}</button>
    </nav>
  );
}
