// Locations: list by zone or code, edit one, select several to print their labels.
import { useLabelSelection } from '../../labels/selection';
import { useGo } from './common';
import { MasterListScreen, useMasterList } from './MasterList';

const PAGE_SIZE = 100;
export const TYPE_WORDS = { storage: 'Storage', receiving: 'Receiving / dock', packing: 'Packing' } as const;

export function LocationsScreen() {
  const go = useGo();
  const list = useMasterList('locations', PAGE_SIZE, (loc) => loc.code);
  const chooseLocations = useLabelSelection((s) => s.chooseLocations);
  return (
    <MasterListScreen list={list} one="location" searchPlaceholder="Code or zone" onPrintLabels={chooseLocations}>
      <table className="rows" aria-label="Locations">
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label="Select all shown" checked={list.allShown} onChange={list.toggleAllShown} />
            </th>
            <th scope="col">Code</th><th scope="col">Zone</th><th scope="col">Type</th><th scope="col" />
          </tr>
        </thead>
        <tbody>
          {list.rows.map((loc) => (
            <tr key={loc.code} className={loc.active ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={`Select ${loc.code}`} checked={list.isSelected(loc)} onChange={() => list.toggle(loc)} /></td>
              <td><strong>{loc.code}</strong>{!loc.active && <span className="tag off">deactivated</span>}</td>
              <td>{loc.zone}</td>
              <td>{TYPE_WORDS[loc.type]}</td>
              <td><button type="button" className="button" aria-label={`Edit ${loc.code}`} onClick={() => go('locations', loc.code)}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </MasterListScreen>
  );
}
