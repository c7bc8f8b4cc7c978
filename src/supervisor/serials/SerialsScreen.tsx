// R13: every serial with its lot, searchable by serial, lot or SKU.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { allSerialRows, type SerialRow } from '../../replica/supervisor-queries';
import { VirtualList } from '../VirtualList';

const COLUMNS = 'minmax(9rem, 1fr) minmax(8rem, 1fr) minmax(8rem, 1fr) 7rem minmax(8rem, 1fr)';
const STATUS: Record<string, string> = { 'in-stock': 'In stock', picked: 'Picked', packed: 'Packed', missing: 'Missing' };

export function filterSerials(rows: readonly SerialRow[], text: string): SerialRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((r) => r.serial.serial.toLowerCase().includes(needle)
    || (r.serial.lot ?? '').toLowerCase().includes(needle)
    || (r.item?.sku ?? '').toLowerCase().includes(needle));
}

export function SerialsScreen() {
  const go = useRoute((s) => s.go);
  const rows = useLiveQuery(() => allSerialRows(db), [], undefined);
  const [text, setText] = useState('');
  const search = useDeferredValue(text);
  const shown = useMemo(() => filterSerials(rows ?? [], search), [rows, search]);
  const open = (r: SerialRow) => go(`supervisor/serials/${encodeURIComponent(r.serial.id)}`);
  return (
    <div className="sv-screen">
      <h1>Serials</h1>
      <label className="field">
        <span>Search serial, lot or SKU</span>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      {rows === undefined ? <p aria-busy="true">Loading serials…</p> : (
        <VirtualList
          rows={shown}
          resetKey={search}
          label="Serials"
          columns={COLUMNS}
          rowKey={(r) => r.serial.id}
          onOpen={open}
          empty={<p className="hint">{rows.length === 0 ? 'No serials yet.' : 'No serial matches the search.'}</p>}
          header={(
            <>
              <span role="columnheader">Serial</span>
              <span role="columnheader">Item</span>
              <span role="columnheader">Lot</span>
              <span role="columnheader">Status</span>
              <span role="columnheader">Location</span>
            </>
          )}
          renderRow={(r) => (
            <>
              <span role="gridcell"><button type="button" className="sv-link" tabIndex={-1} onClick={() => open(r)}>{r.serial.serial}</button></span>
              <span role="gridcell">{r.item?.sku ?? r.serial.itemId}</span>
              <span role="gridcell">{r.serial.lot ?? <span className="tag warn">unknown</span>}</span>
              <span role="gridcell">{STATUS[r.serial.status] ?? r.serial.status}</span>
              <span role="gridcell">{r.locationCode ?? '—'}{r.condition ? ` (${r.condition})` : ''}</span>
            </>
          )}
        />
      )}
    </div>
  );
}
