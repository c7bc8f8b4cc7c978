// One item: its facts, its slots with their lots, and the R1 switch.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { itemDetail } from '../../replica/supervisor-queries';
import { TrackingDialog } from './TrackingDialog';
import { SlotLot } from './SlotLot';

export function ItemDetail({ itemId }: { itemId: string }) {
  const go = useRoute((s) => s.go);
  const detail = useLiveQuery(() => itemDetail(db, itemId), [itemId], undefined);
  const [dialog, setDialog] = useState(false);
  if (detail === undefined) return <p aria-busy="true">Loading the item…</p>;
  const back = <button type="button" className="button subtle" onClick={() => go('supervisor/items')}>← All items</button>;
  if (detail === null) return <div className="sv-screen">{back}<p role="alert" className="error">This device does not know that item (yet).</p></div>;
  const { row, slots, serials } = detail;
  const { item } = row;
  return (
    <div className="sv-screen">
      {back}
      <h1>{item.sku} · {item.name}</h1>
      <dl className="sv-facts">
        <dt>Lot tracking</dt><dd>{item.lotTracked ? 'On' : 'Off'}</dd>
        <dt>Serialized</dt><dd>{item.serialized ? 'Yes' : 'No'}</dd>
        <dt>Lot at packing</dt><dd>{item.lotAtPack ? 'Recorded' : 'Not recorded'}</dd>
        <dt>Stock</dt><dd>{row.stock.toLocaleString()} {item.unit}</dd>
        <dt>GTIN</dt><dd>{item.gtins.join(', ') || '—'}</dd>
      </dl>
      <div className="sv-switch">
        <span id="tracking-label">Lot tracking (R1)</span>
        <button
          type="button"
          role="switch"
          aria-checked={item.lotTracked}
          aria-labelledby="tracking-label"
          className={item.lotTracked ? 'sv-toggle on' : 'sv-toggle'}
          onClick={() => setDialog(true)}
        >
          {item.lotTracked ? 'On' : 'Off'}
        </button>
      </div>
      <h2>Slots</h2>
      {slots.length === 0 ? <p className="hint">The item is not assigned to any location.</p> : (
        <table className="sv-table" aria-label="Slots">
          <thead><tr><th>Location</th><th>Condition</th><th className="num">Quantity</th><th className="num">Capacity</th><th>Lot</th><th>Count</th></tr></thead>
          <tbody>
            {slots.map((s) => (
              <tr key={s.id}>
                <td>{s.location.code}</td>
                <td>{s.condition || '—'}</td>
                <td className="num">{s.quantity}</td>
                <td className="num">{s.capacity}</td>
                <td><SlotLot slot={s} serialized={item.serialized} /></td>
                <td>{s.needsCount ? <span className="tag warn">needs a count</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.serialized && (
        <>
          <h2>Serials in stock</h2>
          {serials.length === 0 ? <p className="hint">No unit in a location.</p> : (
            <ul className="sv-chips" aria-label="Serials in stock">
              {serials.map((s) => (
                <li key={s.id}>
                  <button type="button" className="button" onClick={() => go(`supervisor/serials/${encodeURIComponent(s.id)}`)}>
                    {s.serial} · lot {s.lot ?? 'unknown'}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {dialog && <TrackingDialog rows={[row]} tracked={!item.lotTracked} onClose={() => setDialog(false)} />}
    </div>
  );
}
