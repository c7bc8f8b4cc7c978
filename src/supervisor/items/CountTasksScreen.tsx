// R2, C2: slots waiting for a count, because tracking was switched on over
// stock whose lot nobody knew, or an offline fact contradicted the server.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { useRoute } from '../../device/router';
import { countTasks } from '../../replica/supervisor-queries';
import { say } from '../../words';
import { SlotLot } from './SlotLot';

export function CountTasksScreen() {
  const go = useRoute((s) => s.go);
  const tasks = useLiveQuery(() => countTasks(db), [], undefined);
  return (
    <div className="sv-screen">
      <h1>{say('console.count-tasks.title')}</h1>
      <p className="hint">{say('console.count-tasks.hint')}</p>
      {tasks === undefined && <p aria-busy="true">{say('console.count-tasks.loading')}</p>}
      {tasks?.length === 0 && <p className="hint">{say('console.count-tasks.none')}</p>}
      {tasks && tasks.length > 0 && (
        <table className="sv-table" aria-label={say('console.count-tasks.title')}>
          <thead>
            <tr>
              <th>{say('console.shell.label.location')}</th><th>{say('console.shell.label.item')}</th><th>{say('console.shell.label.condition')}</th>
              <th className="num">{say('console.shell.label.quantity')}</th><th>{say('console.shell.label.lot')}</th>
            </tr>
          </thead>
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
