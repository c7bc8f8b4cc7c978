// R13: every serial with its lot, searchable by serial, lot or SKU.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { allSerialRows, type SerialRow } from '../../replica/supervisor-queries';
import { say, type SentenceKey } from '../../words';
import { VirtualList } from '../VirtualList';

const COLUMNS = 'minmax(9rem, 1fr) minmax(8rem, 1fr) minmax(8rem, 1fr) 7rem minmax(8rem, 1fr)';
const STATUS: Record<string, SentenceKey> = {
  'in-stock': 'console.serials.status.in-stock', picked: 'console.serials.status.picked',
  packed: 'console.serials.status.packed', missing: 'console.serials.status.missing',
};

/** A serial's status in words; one this version does not know, as its code. */
export function serialStatus(status: string): string {
  return Object.hasOwn(STATUS, status) ? say(STATUS[status]!) : status;
}

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
      <h1>{say('console.serials.title')}</h1>
      <label className="field">
        <span>{say('console.serials.search')}</span>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      {rows === undefined ? <p aria-busy="true">{say('console.serials.loading')}</p> : (
        <VirtualList
          rows={shown}
          resetKey={search}
          label={say('console.serials.title')}
          columns={COLUMNS}
          rowKey={(r) => r.serial.id}
          onOpen={open}
          empty={<p className="hint">{say(rows.length === 0 ? 'console.serials.none-yet' : 'console.serials.no-match')}</p>}
          header={(
            <>
              <span role="columnheader">{say('console.shell.label.serial')}</span>
              <span role="columnheader">{say('console.shell.label.item')}</span>
              <span role="columnheader">{say('console.shell.label.lot')}</span>
              <span role="columnheader">{say('console.shell.label.status')}</span>
              <span role="columnheader">{say('console.shell.label.location')}</span>
            </>
          )}
          renderRow={(r) => (
            <>
              <span role="gridcell"><button type="button" className="sv-link" tabIndex={-1} onClick={() => open(r)}>{r.serial.serial}</button></span>
              <span role="gridcell">{r.item?.sku ?? r.serial.itemId}</span>
              <span role="gridcell">{r.serial.lot ?? <span className="tag warn">{say('console.shell.unknown')}</span>}</span>
              <span role="gridcell">{serialStatus(r.serial.status)}</span>
              <span role="gridcell">{say('console.serials.detail.location', { location: r.locationCode ?? '—', condition: r.condition })}</span>
            </>
          )}
        />
      )}
    </div>
  );
}
