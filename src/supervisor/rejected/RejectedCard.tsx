// One rejected operation (C3) of any device: what it named (item, location,
// quantity, lot), why the server refused it in words, who recorded it, on
// which device and when. The rule code stays small print.
import type { RejectedRow } from '../../domain';
import { describeCode, operationName, say } from '../../words';
import { deviceLabel, exactWhen, itemLabel, relativeWhen } from '../context';

export function RejectedCard({ row, now }: { row: RejectedRow; now: number }) {
  const item = row.item ? itemLabel(row.item.sku ?? row.item.ref, row.item.name) : null;
  const who = row.userName ?? row.userId;
  const operation = operationName(row.type);
  return (
    <li className="card sv-rejected" aria-label={say('console.rejected.card.label', { operation, item })}>
      <div className="sv-exception-head">
        <h2>{say('console.rejected.card.title', { operation, item })}</h2>
        <span className="rule">{say('console.rejected.card.rule', { rule: row.rule, code: row.code })}</span>
      </div>
      <p>{describeCode(row.code)}</p>
      <dl className="sv-facts compact sv-context" aria-label={say('console.rejected.card.named')}>
        {item && <div><dt>{say('console.shell.label.item')}</dt><dd>{item}</dd></div>}
        {row.location && <div><dt>{say('console.shell.label.location')}</dt><dd>{row.location}</dd></div>}
        {row.quantity !== null && <div><dt>{say('console.shell.label.quantity')}</dt><dd>{row.quantity}</dd></div>}
        {row.lot && <div><dt>{say('console.shell.label.lot')}</dt><dd>{row.lot}</dd></div>}
        <div><dt>{say('console.shell.label.who')}</dt><dd>{say('console.rejected.card.who', { who, syncedBy: row.pushedByName })}</dd></div>
        <div><dt>{say('console.shell.label.device')}</dt><dd title={row.deviceId}>{deviceLabel(row.deviceName, row.deviceId)}</dd></div>
        <div><dt>{say('console.shell.label.when')}</dt><dd title={exactWhen(row.deviceTime ?? row.receivedAt)}>{relativeWhen(row.deviceTime ?? row.receivedAt, now)}</dd></div>
      </dl>
      <p className="hint">{say('console.rejected.card.hint')}</p>
    </li>
  );
}
