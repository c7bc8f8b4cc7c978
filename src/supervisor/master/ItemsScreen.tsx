// Items: search, page through, open one to edit, select several to print labels.
import { useLabelSelection } from '../../labels/selection';
import { useGo } from './common';
import { MasterListScreen, useMasterList } from './MasterList';

const PAGE_SIZE = 50;

export function ItemsScreen() {
  const go = useGo();
  const list = useMasterList('items', PAGE_SIZE, (item) => item.sku);
  const chooseItems = useLabelSelection((s) => s.chooseItems);
  return (
    <MasterListScreen list={list} one="item" searchPlaceholder="SKU, name or GTIN" onPrintLabels={chooseItems}>
      <table className="rows" aria-label="Items">
        <thead>
          <tr><th scope="col">Label</th><th scope="col">SKU</th><th scope="col">Name</th><th scope="col">GTIN</th><th scope="col">Tracking</th><th scope="col" /></tr>
        </thead>
        <tbody>
          {list.rows.map((item) => (
            <tr key={item.sku} className={item.active !== false ? '' : 'inactive'}>
              <td><input type="checkbox" aria-label={`Select ${item.sku}`} checked={list.isSelected(item)} onChange={() => list.toggle(item)} /></td>
              <td><strong>{item.sku}</strong></td>
              <td>{item.name}{item.active === false && <span className="tag off">deactivated</span>}</td>
              <td>{item.gtins.join(', ')}</td>
              <td>
                {item.lotTracked && <span className="tag">lots</span>}
                {item.serialized && <span className="tag">serials</span>}
                {item.lotAtPack && <span className="tag">lot at pack</span>}
                {item.durable && <span className="tag">durable</span>}
              </td>
              <td><button type="button" className="button" aria-label={`Edit ${item.sku}`} onClick={() => go('items', item.sku)}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </MasterListScreen>
  );
}
