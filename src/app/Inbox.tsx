// This device's operations the server rejected (fix and resend, or discard)
// and the exceptions they raised, each with the reason in warehouse words.
import { useLiveQuery } from 'dexie-react-hooks';
import { attentionItems, discardRejected, openWarehouseExceptions, type AttentionItem } from '../replica/queries';
import { describeCode, operationName, say } from '../words';
import { flowById } from '../flows/registry';
import { summarizePayload } from '../flows/kit/redo-summary';
import { refusedBy } from '../flows/kit/refused';
import { useRedoStore } from '../flows/kit/save';
import type { OperationType } from '../domain';
import { db, sync } from '../device/device';
import { useRoute } from '../device/router';
import { useSessionStore } from '../device/session-store';

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
            {others.map(({ exception, locationCode }) => (
              <li key={exception.id} className="card">
                <h3>{locationCode ?? say('inbox.no-location')}</h3>
                <p>{describeCode(exception.code)}</p>
                <p className="rule">{say('inbox.rule', { rule: exception.rule })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AttentionCard({ item }: { item: AttentionItem }) {
  const go = useRoute((s) => s.go);
  const beginRedo = useRedoStore((s) => s.begin);
  const role = useSessionStore((s) => s.session?.user.role);
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
    <li className={`card ${item.kind}`}>
      <h2>{title}</h2>
      <p>{describeCode(item.code)}</p>
      {item.rule && <p className="rule">{say('inbox.rule', { rule: item.rule })}</p>}
      {item.kind === 'exception' && <p className="hint">{say('inbox.card.exception-hint')}</p>}
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
    </li>
  );
}
