// One item: its facts, its slots with their lots, and the R1 switch.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { itemDetail } from '../../replica/supervisor-queries';
import { say } from '../../words';
import { TrackingDialog } from './TrackingDialog';
import { SlotLot } from './SlotLot';

export function ItemDetail({ itemId }: { itemId: string }) {
  const go = useRoute((s) => s.go);
  const detail = useLiveQuery(() => itemDetail(db, itemId), [itemId], undefined);
  const [dialog, setDialog] = useState(false);
  if (detail === undefined) return <p aria-busy="true">{say('console.items.detail.loading')}</p>;
  const back = <button type="button" className="button subtle" onClick={() => go('supervisor/items')}>{say('console.items.detail.back')}</button>;
  if (detail === null) return <div className="sv-screen">{back}<p role="alert" className="error">{say('console.items.detail.unknown')}</p></div>;
  const { row, slots, serials } = detail;
  const { item } = row;
  return (
    <div className="sv-screen">
      {back}
      <h1>{item.sku} · {item.name}</h1>
      <dl className="sv-facts">
        <dt>{say('console.items.detail.tracking')}</dt><dd>{say(item.lotTracked ? 'console.items.detail.on' : 'console.items.detail.off')}</dd>
        <dt>{say('console.items.detail.serialized')}</dt><dd>{say(item.serialized ? 'console.shell.yes' : 'console.shell.no')}</dd>
        <dt>{say('console.items.detail.lot-at-pack')}</dt><dd>{say(item.lotAtPack ? 'console.items.detail.recorded' : 'console.items.detail.not-recorded')}</dd>
        <dt>{say('console.items.detail.stock')}</dt><dd>{say('console.items.detail.stock-value', { stock: row.stock, unit: item.unit })}</dd>
        <dt>{say('console.items.detail.gtin')}</dt><dd>{item.gtins.join(', ') || '—'}</dd>
      </dl>
      <div className="sv-switch">
        <span id="tracking-label">{say('console.items.detail.switch')}</span>
        <button
          type="button"
          role="switch"
          aria-checked={item.lotTracked}
          aria-labelledby="tracking-label"
          className={item.lotTracked ? 'sv-toggle on' : 'sv-toggle'}
          onClick={() => setDialog(true)}
        >
          {say(item.lotTracked ? 'console.items.detail.on' : 'console.items.detail.off')}
        </button>
      </div>
      <h2>{say('console.items.detail.slots')}</h2>
      {slots.length === 0 ? <p className="hint">{say('console.items.detail.no-slots')}</p> : (
        <table className="sv-table" aria-label={say('console.items.detail.slots')}>
          <thead>
            <tr>
              <th>{say('console.shell.label.location')}</th><th>{say('console.shell.label.condition')}</th>
              <th className="num">{say('console.shell.label.quantity')}</th><th className="num">{say('console.items.detail.capacity')}</th>
              <th>{say('console.shell.label.lot')}</th><th>{say('console.items.detail.count')}</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((s) => (
              <tr key={s.id}>
                <td>{s.location.code}</td>
                <td>{s.condition || '—'}</td>
                <td className="num">{s.quantity}</td>
                <td className="num">{s.capacity}</td>
                <td><SlotLot slot={s} serialized={item.serialized} /></td>
                <td>{s.needsCount ? <span className="tag warn">{say('console.items.detail.needs-count')}</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.serialized && (
        <>
          <h2>{say('console.items.detail.serials')}</h2>
          {serials.length === 0 ? <p className="hint">{say('console.items.detail.no-serials')}</p> : (
            <ul className="sv-chips" aria-label={say('console.items.detail.serials')}>
              {serials.map((s) => (
                <li key={s.id}>
                  <button type="button" className="button" onClick={() => go(`supervisor/serials/${encodeURIComponent(s.id)}`)}>
                    {say('console.items.detail.serial', { serial: s.serial, lot: s.lot })}
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
