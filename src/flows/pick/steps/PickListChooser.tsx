// The open pick lists with what is left of each line; a line chosen starts its pick.
import type { PickListView } from '../../../replica/orders';
import { listLineOf, type ListLine } from '../pick-list';

export function PickListChooser({ lists, onChoose }: { lists: readonly PickListView[]; onChoose: (line: ListLine) => void }) {
  if (lists.length === 0) return null;
  return (
    <section className="pick-lists" aria-label="Open pick lists">
      <h2>Pick lists</h2>
      <ul className="cards">
        {lists.map((list) => (
          <li key={list.id} className="card">
            <h3>{list.number}{list.shipment ? ` · shipment ${list.shipment}` : ''}</h3>
            <ul className="choices">
              {[...list.lines].sort((a, b) => a.line - b.line).map((l) => (
                <li key={l.line}>
                  <button
                    type="button" className="choice" disabled={l.remaining === 0}
                    aria-label={`${list.number} line ${l.line}: ${l.sku}`}
                    onClick={() => onChoose(listLineOf(list, l))}
                  >
                    Line {l.line}: {l.sku} · {l.remaining === 0 ? 'picked' : `${l.remaining} of ${l.quantity} to pick`}
                    {l.locationCode ? ` · ${l.locationCode}` : ''}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
