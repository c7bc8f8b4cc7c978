// R1: every item in a searchable, windowed grid; tracking switched for the
// selected items at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { allItemOverviews, type ItemOverview } from '../../replica/supervisor-queries';
import { VirtualList } from '../VirtualList';
import { filterItems, type TrackedFilter } from './filter';
import { TrackingDialog } from './TrackingDialog';

const COLUMNS = '3rem minmax(8rem, 1fr) minmax(12rem, 2fr) 10rem 7rem 6rem';

export function ItemsScreen() {
  const go = useRoute((s) => s.go);
  const rows = useLiveQuery(() => allItemOverviews(db), [], undefined);
  const [text, setText] = useState('');
  const [tracked, setTracked] = useState<TrackedFilter>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<boolean | null>(null);
  const search = useDeferredValue(text);
  const shown = useMemo(() => filterItems(rows ?? [], search, tracked), [rows, search, tracked]);
  const chosen = (rows ?? []).filter((r) => selected.has(r.item.id));
  const open = (row: ItemOverview) => go(`supervisor/items/${encodeURIComponent(row.item.id)}`);
  const toggle = (row: ItemOverview) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(row.item.id)) next.delete(row.item.id);
    else next.add(row.item.id);
    return next;
  });
  const allShown = shown.length > 0 && shown.every((r) => selected.has(r.item.id));

  return (
    <div className="sv-screen">
      <h1>Items</h1>
      <div className="sv-toolbar">
        <label className="field sv-grow">
          <span>Search SKU, name or GTIN</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <label className="field">
          <span>Lot tracking</span>
          <select value={tracked} onChange={(e) => setTracked(e.target.value as TrackedFilter)}>
            <option value="all">All items</option>
            <option value="tracked">Tracked</option>
            <option value="untracked">Not tracked</option>
          </select>
        </label>
      </div>
      {rows === undefined ? <p aria-busy="true">Loading items…</p> : (
        <>
          <div className="sv-bulk" aria-label="Selection">
            <span role="status">{chosen.length} selected · {shown.length.toLocaleString()} of {rows.length.toLocaleString()} items shown</span>
            <button type="button" className="button" disabled={chosen.length === 0} onClick={() => setDialog(true)}>Track lots</button>
            <button type="button" className="button" disabled={chosen.length === 0} onClick={() => setDialog(false)}>Stop tracking</button>
            <button type="button" className="button subtle" disabled={chosen.length === 0} onClick={() => setSelected(new Set())}>Clear selection</button>
          </div>
          <VirtualList
            rows={shown}
            resetKey={`${search}|${tracked}`}
            label="Items"
            columns={COLUMNS}
            rowKey={(r) => r.item.id}
            isSelected={(r) => selected.has(r.item.id)}
            onOpen={open}
            onToggle={toggle}
            empty={<p className="hint">{rows.length === 0 ? 'No items yet: the first sync may still be running.' : 'No item matches the search.'}</p>}
            header={(
              <>
                <span role="columnheader">
                  <input
                    type="checkbox"
                    aria-label="Select all shown"
                    checked={allShown}
                    onChange={() => setSelected(allShown ? new Set() : new Set([...selected, ...shown.map((r) => r.item.id)]))}
                  />
                </span>
                <span role="columnheader">SKU</span>
                <span role="columnheader">Name</span>
                <span role="columnheader">Tracked</span>
                <span role="columnheader">Serialized</span>
                <span role="columnheader" className="num">Stock</span>
              </>
            )}
            renderRow={(r) => (
              <>
                <span role="gridcell">
                  <input type="checkbox" aria-label={`Select ${r.item.sku}`} checked={selected.has(r.item.id)} onChange={() => toggle(r)} tabIndex={-1} />
                </span>
                <span role="gridcell">
                  <button type="button" className="sv-link" onClick={() => open(r)} tabIndex={-1}>{r.item.sku}</button>
                </span>
                <span role="gridcell" className="sv-ellipsis">{r.item.name}</span>
                <span role="gridcell">
                  {r.item.lotTracked ? 'Yes' : 'No'}
                  {r.unknownLotSlots > 0 && <span className="tag warn" title="Slots whose lot is unknown (R2)">{r.unknownLotSlots} unknown</span>}
                </span>
                <span role="gridcell">{r.item.serialized ? 'Yes' : 'No'}</span>
                <span role="gridcell" className="num">{r.stock.toLocaleString()}</span>
              </>
            )}
          />
        </>
      )}
      {dialog !== null && <TrackingDialog rows={chosen} tracked={dialog} onClose={() => setDialog(null)} onSaved={() => setSelected(new Set())} />}
    </div>
  );
}
