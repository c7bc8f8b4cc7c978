// One rejected operation (C3) of any device: what it named (item, location,
// quantity, lot), why the server refused it in words, who recorded it, on
// which device and when. The rule code stays small print.
import type { RejectedRow } from '../../domain';
import { describeCode, operationName } from '../../words';
import { deviceLabel, exactWhen, itemLabel, relativeWhen } from '../context';

export function RejectedCard({ row, now }: { row: RejectedRow; now: number }) {
  const item = row.item ? itemLabel(row.item.sku ?? row.item.ref, row.item.name) : null;
  const who = row.userName ?? row.userId;
  return (
    <li className="card sv-rejected" aria-label={`${operationName(row.type)} rejected${item ? `: ${item}` : ''}`}>
      <div className="sv-exception-head">
        <h2>{operationName(row.type)} rejected{item ? ` · ${item}` : ''}</h2>
        <span className="rule">{row.rule ? `Rule ${row.rule} · ` : ''}{row.code ?? ''}</span>
      </div>
      <p>{describeCode(row.code)}</p>
      <dl className="sv-facts compact sv-context" aria-label="What it named">
        {item && <div><dt>Item</dt><dd>{item}</dd></div>}
        {row.location && <div><dt>Location</dt><dd>{row.location}</dd></div>}
        {row.quantity !== null && <div><dt>Quantity</dt><dd>{row.quantity}</dd></div>}
        {row.lot && <div><dt>Lot</dt><dd>{row.lot}</dd></div>}
        <div><dt>Who</dt><dd>{who}{row.pushedByName ? ` (synced by ${row.pushedByName})` : ''}</dd></div>
        <div><dt>Device</dt><dd title={row.deviceId}>{deviceLabel(row.deviceName, row.deviceId)}</dd></div>
        <div><dt>When</dt><dd title={exactWhen(row.deviceTime ?? row.receivedAt)}>{relativeWhen(row.deviceTime ?? row.receivedAt, now)}</dd></div>
      </dl>
      <p className="hint">Nothing was recorded. The operation waits in that device&apos;s inbox: its operator fixes and resends it, or discards it.</p>
    </li>
  );
}
