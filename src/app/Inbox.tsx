// This device's operations the server rejected (fix and resend, or discard)
// and the exceptions they raised, each with the reason in warehouse words and
// what it is about (item, location, lot, quantity, who, when: issue 16.8);
// rule codes only as small print.
import { useLiveQuery } from 'dexie-react-hooks';
import { attentionItems, discardRejected, openWarehouseExceptions, type AttentionItem, type WarehouseException } from '../replica/queries';
import { ago, describeCode, operationName, say } from '../words';
import { flowById } from '../flows/registry';
import { summarizePayload } from '../flows/kit/redo-summary';
import { refusedBy } from '../flows/kit/refused';
import { useRedoStore } from '../flows/kit/save';
import type { OperationType } from '../domain';
import { db, sync } from '../device/device';
import { useRoute } from '../device/router';
import { useSessionStore } from '../device/session-store';
import { exceptionContext, rejectedContext, type CardContext } from './inbox-context';
import { useNow } from './use-now';
import './inbox.css';

export function Inbox() {
  const items = useLiveQuery(() => attentionItems(db), [], undefined);
  const warehouse = useLiveQuery(() => openWarehouseExceptions(db), [], []);
  if (items === undefined) return <p aria-busy="true">{say('kit.loading')}</p>;
  const mine = new Set(items.map((i) => i.opId));
  const others = warehouse.filter((w) => !mine.has(w.exception.opId));
  return (
    <section className="inbox">
      <h1>{say('inbox.title')}</h1>
      {items.length === 0 && <p className="hint">{say('inbox.empty')}</p>}
      <ul className="cards">
        {items.map((item) => <AttentionCard key={`${item.kind}-${item.opId}-${item.exception?.id ?? ''}`} item={item} />)}
      </ul>
      {others.length > 0 && (
        <>
          <h2>{say('inbox.warehouse')}</h2>
          <ul className="cards" aria-label={say('inbox.warehouse')}>
            {others.map((w) => <WarehouseCard key={w.exception.id} row={w} />)}
          </ul>
        </>
      )}
    </section>
  );
}

/** Item, location, lot, quantity, who and when: whichever are known. */
function Facts({ context }: { context: CardContext | undefined }) {
  const now = useNow();
  if (!context) return null;
  const rows: [string, string][] = [];
  if (context.item) rows.push([say('inbox.fact.item'), context.item]);
  if (context.location) rows.push([say('inbox.fact.location'), context.location]);
  if (context.lot) rows.push([say('inbox.fact.lot'), context.lot]);
  if (context.quantity !== null) rows.push([say('inbox.fact.quantity'), String(context.quantity)]);
  if (context.who) rows.push([say('inbox.fact.who'), context.who]);
  if (context.when) rows.push([say('inbox.fact.when'), ago(context.when, now)]);
  if (rows.length === 0) return null;
  return (
    <dl className="inbox-facts">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}

function WarehouseCard({ row }: { row: WarehouseException }) {
  const { exception, locationCode } = row;
  const context = useLiveQuery(() => exceptionContext(db, exception, locationCode), [exception, locationCode]);
  return (
    <li className="card">
      <h3>{locationCode ?? say('inbox.no-location')}</h3>
      <p>{describeCode(exception.code)}</p>
      <Facts context={context} />
      <p className="rule">{say('inbox.rule', { rule: exception.rule })}</p>
    </li>
  );
}

function AttentionCard({ item }: { item: AttentionItem }) {
  const go = useRoute((s) => s.go);
  const beginRedo = useRedoStore((s) => s.begin);
  const user = useSessionStore((s) => s.session?.user);
  const role = user?.role;
  const context = useLiveQuery(
    () => (item.kind === 'rejected' || !item.exception ? rejectedContext(db, item, user) : exceptionContext(db, item.exception)),
    [item, user?.id],
  );
  // Only a flow this user may run can redo it (a 'forbidden' one can only be discarded).
  const candidate = flowById(item.type);
  const flow = role && candidate?.roles.includes(role) ? candidate : undefined;
  // Every flow reopens under a banner saying what was refused and why, its form
  // refilled from the rejected payload (the flow's payload.ts fromPayload).
  const fixAndResend = async () => {
    if (!flow || !item.entry) return;
    flow.reset();
    // The place the server refused is left out: the operator scans another (never re-proposed).
    await flow.refill(item.entry.payload, refusedBy(item.code, item.details));
    beginRedo({ opId: item.opId, type: item.type as OperationType, code: item.code, summary: summarizePayload(item.entry.payload) });
    go(flow.id);
  };
  const title = say(item.kind === 'rejected' ? 'inbox.card.rejected' : 'inbox.card.exception', { operation: operationName(item.type) });
  return (
    <li className={`card ${item.kind}`} aria-label={title}>
      <h2>{title}</h2>
      <p>{describeCode(item.code)}</p>
      <Facts context={context} />
      {item.kind === 'exception' && <p className="hint">{say('inbox.card.exception-hint')}</p>}
      {item.kind === 'rejected' && <p className="hint">{say('inbox.card.rejected-hint')}</p>}
      {item.kind === 'rejected' && (
        <div className="actions">
          {flow && item.entry && (
            <button type="button" className="button" onClick={() => void fixAndResend()}>
              {say('inbox.fix')}
            </button>
          )}
          <button
            type="button"
            className="button danger"
            onClick={() => void discardRejected(db, item.opId).then(() => sync.syncNow())}
          >
            {say('inbox.discard')}
          </button>
        </div>
      )}
      {item.rule && <p className="rule">{say('inbox.rule', { rule: item.rule })}</p>}
    </li>
  );
}
