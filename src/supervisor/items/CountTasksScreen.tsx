// R2, C2: slots waiting for a count, because tracking was switched on over
// stock whose lot nobody knew, or an offline fact contradicted the server.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { countTasks } from '../../replica/supervisor-queries';
import { SlotLot } from './SlotLot';

export function CountTasksScreen() {
  const go = useRoute((s) => s.go);
  const tasks = useLiveQuery(() => countTasks(db), [], undefined);
  return (
    <div className="sv-screen">
      <h1>Count tasks</h1>
      <p className="hint">Slots an operator should count: the count sets the lot of stock whose lot is unknown (R2, R9).</p>
      {tasks === undefined && <p aria-busy="true">Loading count tasks…</p>}
      {tasks?.length === 0 && <p className="hint">No slot needs a count.</p>}
      {tasks && tasks.length > 0 && (
        <table className="sv-table" aria-label="Count tasks">
          <thead><tr><th>Location</th><th>Item</th><th>Condition</th><th className="num">Quantity</th><th>Lot</th></tr></thead>
          <tbody>
            {tasks.map(({ slot, item, location }) => (
              <tr key={slot.id}>
                <td>{location?.code ?? slot.locationId}</td>
                <td>
                  <button type="button" className="sv-link" onClick={() => go(`supervisor/items/${encodeURIComponent(slot.itemId)}`)}>
                    {item?.sku ?? slot.itemId}
                  </button>
                  {item && <span className="hint"> {item.name}</span>}
                </td>
                <td>{slot.condition || '—'}</td>
                <td className="num">{slot.quantity}</td>
                <td><SlotLot slot={slot} serialized={item?.serialized ?? false} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
