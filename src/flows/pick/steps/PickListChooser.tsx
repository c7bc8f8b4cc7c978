// The open pick lists with what is left of each line; a line chosen starts its pick.
import type { PickListView } from '../../../replica/orders';
import { listLineOf, type ListLine } from '../pick-list';
import { say } from '../../../words';

export function PickListChooser({ lists, onChoose }: { lists: readonly PickListView[]; onChoose: (line: ListLine) => void }) {
  if (lists.length === 0) return null;
  return (
    <section className="pick-lists" aria-label={say('pick.lists.label')}>
      <h2>{say('pick.lists.title')}</h2>
      <ul className="cards">
        {lists.map((list) => (
          <li key={list.id} className="card">
            <h3>{say('pick.lists.heading', { list: list.number, shipment: list.shipment })}</h3>
            <ul className="choices">
              {[...list.lines].sort((a, b) => a.line - b.line).map((l) => (
                <li key={l.line}>
                  <button
                    type="button" className="choice" disabled={l.remaining === 0}
                    aria-label={say('pick.lists.line-label', { list: list.number, line: l.line, sku: l.sku })}
                    onClick={() => onChoose(listLineOf(list, l))}
                  >
                    {say('pick.lists.line', { line: l.line, sku: l.sku, remaining: l.remaining, quantity: l.quantity, location: l.locationCode })}
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
