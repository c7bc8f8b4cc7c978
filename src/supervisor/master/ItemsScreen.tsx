// Items: search, page through, open one to edit, select several to print labels.
import { useLabelSelection } from '../../labels/selection';
import { say } from '../../words';
import { useGo } from './common';
import { MasterListScreen, useMasterList } from './MasterList';

const PAGE_SIZE = 50;

export function ItemsScreen() {
  const go = useGo();
  const list = useMasterList('items', PAGE_SIZE, (item) => item.sku);
  const chooseItems = useLabelSelection((s) => s.chooseItems);
  return (
    <MasterListScreen list={list} onPrintLabels={chooseItems}>
      <table className="rows" aria-label={say('console.master.section.items')}>
        <thead>
          <tr>
            <th scope="col">{say('console.master.items.label')}</th><th scope="col">{say('console.master.items.sku')}</th>
            <th scope="col">{say('console.master.items.name')}</th><th scope="col">{say('console.master.items.gtin')}</th>
            <th scope="col">{say('console.master.items.tracking')}</th><th scope="col" />
          </tr>
        </thead>
        <tbody>
          {list.rows.map((item) => (
            <tr key={item.sku} className={item.active !== false ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={say('console.master.select', { key: item.sku })} checked={list.isSelected(item)} onChange={() => list.toggle(item)} /></td>
              <td><strong>{item.sku}</strong></td>
              <td>{item.name}{item.active === false && <span className="tag off">{say('console.master.deactivated')}</span>}</td>
              <td>{item.gtins.join(', ')}</td>
              <td>
                {item.lotTracked && <span className="tag">{say('console.master.items.tag.lots')}</span>}
                {item.serialized && <span className="tag">{say('console.master.items.tag.serials')}</span>}
                {item.lotAtPack && <span className="tag">{say('console.master.items.tag.lot-at-pack')}</span>}
                {item.durable && <span className="tag">{say('console.master.items.tag.durable')}</span>}
              </td>
              <td><button type="button" className="button" aria-label={say('console.master.edit-row', { key: item.sku })} onClick={() => go('items', item.sku)}>{say('console.master.edit')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </MasterListScreen>
  );
}
