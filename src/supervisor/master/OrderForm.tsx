// Create or edit a purchase order (lines with expected quantities, received
// against on the phone) or a pick list (lines to pick, optionally from a
// location). The number is the order's external key.
import { useEffect, useState } from 'react';
import { errorText } from '../../net/api';
import { say } from '../../words';
import { list } from './api';
import { carryOutcome, fieldErrors, SaveOutcome, useGo, useSave } from './common';
import { Text } from './ItemForm';
import { toOrderLines, type LineValues } from './order-form';

type OrderKind = 'purchaseOrders' | 'pickLists';
/** Each kind's path, which also names its sentences (console.master.purchase-orders.*). */
const PATHS = { purchaseOrders: 'purchase-orders', pickLists: 'pick-lists' } as const;
const STATUS_WORDS = { open: 'console.master.order-status.open', closed: 'console.master.order-status.closed' } as const;
export const ORDER_STATUSES = ['open', 'closed'] as const;
type Status = (typeof ORDER_STATUSES)[number];
/** A packed pick list is edited as open: packing is not set by hand. */
const openOrClosed = (status: string): Status => (status === 'closed' ? 'closed' : 'open');

const EMPTY_LINE: LineValues = { sku: '', quantity: '', location: '' };

export function OrderForm({ kind, number }: { kind: OrderKind; number: string | null }) {
  const go = useGo();
  const path = PATHS[kind];
  const [head, setHead] = useState<{ number: string; party: string; expectedDate: string; status: Status }>({ number: '', party: '', expectedDate: '', status: 'open' });
  const [lines, setLines] = useState<LineValues[]>([{ ...EMPTY_LINE }]);
  const [loaded, setLoaded] = useState(number === null);
  const [problem, setProblem] = useState<string | null>(null);
  const purchase = useSave('purchaseOrders');
  const pick = useSave('pickLists');
  const { state } = kind === 'purchaseOrders' ? purchase : pick;

  useEffect(() => {
    if (number === null) return;
    const found = kind === 'purchaseOrders'
      ? list('purchaseOrders', { number, pageSize: 50 }).then((p) => p.rows.find((r) => r.number === number)).then((po) => po && {
        head: { number: po.number, party: po.supplier, expectedDate: po.expectedDate ?? '', status: po.status },
        lines: po.lines.map((l) => ({ sku: l.sku, quantity: String(l.quantity), location: '' })),
      })
      : list('pickLists', { number, pageSize: 50 }).then((p) => p.rows.find((r) => r.number === number)).then((pl) => pl && {
        head: { number: pl.number, party: pl.shipment ?? '', expectedDate: '', status: openOrClosed(pl.status) },
        lines: pl.lines.map((l) => ({ sku: l.sku, quantity: String(l.quantity), location: l.locationCode ?? '' })),
      });
    found.then((order) => {
      if (!order) setProblem(say(`console.master.${path}.none`, { number }));
      else { setHead(order.head); setLines(order.lines); }
      setLoaded(true);
    }, (error: unknown) => setProblem(errorText(error)));
  }, [kind, number, path]);

  const submit = async () => {
    const orderNumber = head.number.trim();
    if (orderNumber === '') { setProblem(say(`console.master.${path}.enter-number`)); return; }
    const result = toOrderLines(lines, kind === 'pickLists');
    if (!result.ok) { setProblem(result.message); return; }
    setProblem(null);
    const party = head.party.trim();
    const response = kind === 'purchaseOrders'
      ? await purchase.save([{
        number: orderNumber, status: head.status, lines: result.lines.map(({ line, sku, quantity }) => ({ line, sku, quantity })),
        ...(party ? { supplier: party } : {}), ...(head.expectedDate ? { expectedDate: head.expectedDate } : {}),
      }])
      : await pick.save([{ number: orderNumber, status: head.status, lines: result.lines, ...(party ? { shipment: party } : {}) }]);
    if (response && response.results[0]?.status !== 'error' && number === null) {
      carryOutcome(kind, { phase: 'done', response });
      go(path, orderNumber);
    }
  };
  const setLine = (i: number, patch: Partial<LineValues>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const errors = fieldErrors(state);

  if (!loaded) return problem ? <p role="alert" className="error">{problem}</p> : <p aria-busy="true">{say('kit.loading')}</p>;
  const title = number ? say(`console.master.${path}.title`, { number }) : say(`console.master.${path}.new`);
  return (
    <form className="master-form" aria-label={title} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2>{title}</h2>
      <div className="form-grid">
        <Text label={say('console.master.order.number')} value={head.number} onChange={(v) => setHead({ ...head, number: v })} error={errors.number} readOnly={number !== null} />
        <Text label={say(`console.master.${path}.party`)} value={head.party} onChange={(v) => setHead({ ...head, party: v })} />
        {kind === 'purchaseOrders' && (
          <label className="field">
            <span>{say('console.master.order.expected-date')}</span>
            <input type="date" value={head.expectedDate} onChange={(e) => setHead({ ...head, expectedDate: e.target.value })} />
          </label>
        )}
        <label className="field">
          <span>{say('console.master.orders.status')}</span>
          <select value={head.status} onChange={(e) => setHead({ ...head, status: e.target.value as Status })}>
            {ORDER_STATUSES.map((s) => <option key={s} value={s}>{say(STATUS_WORDS[s])}</option>)}
          </select>
        </label>
      </div>
      <table className="rows lines" aria-label={say('console.master.order.lines')}>
        <thead>
          <tr>
            <th scope="col">{say('console.master.orders.line')}</th><th scope="col">{say('console.master.order.item-sku')}</th>
            <th scope="col">{say('console.master.order.quantity')}</th>
            {kind === 'pickLists' && <th scope="col">{say('console.master.order.from-location')}</th>}<th scope="col" />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td><input aria-label={say('console.master.order.line-sku', { line: i + 1 })} value={line.sku} onChange={(e) => setLine(i, { sku: e.target.value })} autoComplete="off" /></td>
              <td><input aria-label={say('console.master.order.line-quantity', { line: i + 1 })} value={line.quantity} inputMode="numeric" onChange={(e) => setLine(i, { quantity: e.target.value })} /></td>
              {kind === 'pickLists' && <td><input aria-label={say('console.master.order.line-location', { line: i + 1 })} value={line.location} onChange={(e) => setLine(i, { location: e.target.value })} /></td>}
              <td><button type="button" className="button danger icon" aria-label={say('console.master.order.remove-line', { line: i + 1 })} onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}>🗑</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.lines && <p role="alert" className="error">{errors.lines}</p>}
      <button type="button" className="button" onClick={() => setLines((ls) => [...ls, { ...EMPTY_LINE }])}>{say('console.master.order.add-line')}</button>
      {problem && <p role="alert" className="error">{problem}</p>}
      <SaveOutcome state={state} />
      <div className="toolbar">
        <button type="submit" className="button primary" disabled={state.phase === 'saving'}>{say(`console.master.${path}.save`)}</button>
        <button type="button" className="button subtle" onClick={() => go(path)}>{say(`console.master.${path}.back`)}</button>
      </div>
    </form>
  );
}
