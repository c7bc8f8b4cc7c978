// R1: every item in a searchable, windowed grid; tracking switched for the
// selected items at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { allItemOverviews, type ItemOverview } from '../../replica/supervisor-queries';
import { say, type SentenceKey } from '../../words';
import { VirtualList } from '../VirtualList';
import { filterItems, type TrackedFilter } from './filter';
import { TrackingDialog } from './TrackingDialog';

const COLUMNS = '3rem minmax(8rem, 1fr) minmax(12rem, 2fr) 10rem 7rem 6rem';
const FILTERS: Record<TrackedFilter, SentenceKey> = {
  all: 'console.items.filter.all', tracked: 'console.items.filter.tracked', untracked: 'console.items.filter.untracked',
};

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
      <h1>{say('console.items.title')}</h1>
      <div className="sv-toolbar">
        <label className="field sv-grow">
          <span>{say('console.items.search')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <label className="field">
          <span>{say('console.items.filter.label')}</span>
          <select value={tracked} onChange={(e) => setTracked(e.target.value as TrackedFilter)}>
            {(Object.keys(FILTERS) as TrackedFilter[]).map((f) => <option key={f} value={f}>{say(FILTERS[f])}</option>)}
          </select>
        </label>
      </div>
      {rows === undefined ? <p aria-busy="true">{say('console.items.loading')}</p> : (
        <>
          <div className="sv-bulk" aria-label={say('console.items.selection')}>
            <span role="status">{say('console.items.selection.count', { selected: chosen.length, shown: shown.length, total: rows.length })}</span>
            <button type="button" className="button" disabled={chosen.length === 0} onClick={() => setDialog(true)}>{say('console.items.track')}</button>
            <button type="button" className="button" disabled={chosen.length === 0} onClick={() => setDialog(false)}>{say('console.items.stop-tracking')}</button>
            <button type="button" className="button subtle" disabled={chosen.length === 0} onClick={() => setSelected(new Set())}>{say('console.items.clear-selection')}</button>
          </div>
          <VirtualList
            rows={shown}
            resetKey={`${search}|${tracked}`}
            label={say('console.items.title')}
            columns={COLUMNS}
            rowKey={(r) => r.item.id}
            isSelected={(r) => selected.has(r.item.id)}
            onOpen={open}
            onToggle={toggle}
            empty={<p className="hint">{say(rows.length === 0 ? 'console.items.none-yet' : 'console.items.no-match')}</p>}
            header={(
              <>
                <span role="columnheader">
                  <input
                    type="checkbox"
                    aria-label={say('console.items.select-all')}
                    checked={allShown}
                    onChange={() => setSelected(allShown ? new Set() : new Set([...selected, ...shown.map((r) => r.item.id)]))}
                  />
                </span>
                <span role="columnheader">{say('console.shell.label.sku')}</span>
                <span role="columnheader">{say('console.shell.label.name')}</span>
                <span role="columnheader">{say('console.items.column.tracked')}</span>
                <span role="columnheader">{say('console.items.column.serialized')}</span>
                <span role="columnheader" className="num">{say('console.items.column.stock')}</span>
              </>
            )}
            renderRow={(r) => (
              <>
                <span role="gridcell">
                  <input type="checkbox" aria-label={say('console.items.select', { sku: r.item.sku })} checked={selected.has(r.item.id)} onChange={() => toggle(r)} tabIndex={-1} />
                </span>
                <span role="gridcell">
                  <button type="button" className="sv-link" onClick={() => open(r)} tabIndex={-1}>{r.item.sku}</button>
                </span>
                <span role="gridcell" className="sv-ellipsis">{r.item.name}</span>
                <span role="gridcell">
                  {say(r.item.lotTracked ? 'console.shell.yes' : 'console.shell.no')}
                  {r.unknownLotSlots > 0 && (
                    <span className="tag warn" title={say('console.items.unknown-slots.hint')}>{say('console.items.unknown-slots', { count: r.unknownLotSlots })}</span>
                  )}
                </span>
                <span role="gridcell">{say(r.item.serialized ? 'console.shell.yes' : 'console.shell.no')}</span>
                <span role="gridcell" className="num">{say('console.items.stock', { stock: r.stock })}</span>
              </>
            )}
          />
        </>
      )}
      {dialog !== null && <TrackingDialog rows={chosen} tracked={dialog} onClose={() => setDialog(null)} onSaved={() => setSelected(new Set())} />}
    </div>
  );
}
