// Locations: list by zone or code, edit one, select several to print their labels.
import { useLabelSelection } from '../../labels/selection';
import type { LocationType } from '../../domain';
import { say } from '../../words';
import { useGo } from './common';
import { MasterListScreen, useMasterList } from './MasterList';

const PAGE_SIZE = 100;
export const LOCATION_TYPES: readonly LocationType[] = ['storage', 'receiving', 'packing'];

/** A location's type in words: "Receiving / dock". */
export function typeWords(type: LocationType): string {
  return say(`console.master.location-type.${type}`);
}

export function LocationsScreen() {
  const go = useGo();
  const list = useMasterList('locations', PAGE_SIZE, (loc) => loc.code);
  const chooseLocations = useLabelSelection((s) => s.chooseLocations);
  return (
    <MasterListScreen list={list} onPrintLabels={chooseLocations}>
      <table className="rows" aria-label={say('console.master.section.locations')}>
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label={say('console.master.select-all-shown')} checked={list.allShown} onChange={list.toggleAllShown} />
            </th>
            <th scope="col">{say('console.master.locations.code')}</th><th scope="col">{say('console.master.locations.zone')}</th>
            <th scope="col">{say('console.master.locations.type')}</th><th scope="col" />
          </tr>
        </thead>
        <tbody>
          {list.rows.map((loc) => (
            <tr key={loc.code} className={loc.active ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={say('console.master.select', { key: loc.code })} checked={list.isSelected(loc)} onChange={() => list.toggle(loc)} /></td>
              <td><strong>{loc.code}</strong>{!loc.active && <span className="tag off">{say('console.master.deactivated')}</span>}</td>
              <td>{loc.zone}</td>
              <td>{typeWords(loc.type)}</td>
              <td><button type="button" className="button" aria-label={say('console.master.edit-row', { key: loc.code })} onClick={() => go('locations', loc.code)}>{say('console.master.edit')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </MasterListScreen>
  );
}
