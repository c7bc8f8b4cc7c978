// Master data screens under /supervisor/master/...: the path segments after
// it. /items, /items/new, /items/<sku>; the same for locations; /assignments;
// /purchase-orders[/<number>|/new]; /pick-lists[/...]; /import/<items|locations>;
// /labels. Everything but labels talks to the server and needs a connection.
import { useRoute } from '../../device/router';
import { LabelsScreen } from '../../labels/LabelsScreen';
import { AssignmentsScreen } from './AssignmentsScreen';
import { NeedsConnection, masterPath } from './common';
import { ImportScreen } from './ImportScreen';
import { ItemForm } from './ItemForm';
import { ItemsScreen } from './ItemsScreen';
import { LocationForm } from './LocationForm';
import { LocationsScreen } from './LocationsScreen';
import { OrderForm } from './OrderForm';
import { PickListsScreen, PurchaseOrdersScreen } from './OrdersScreen';
import './master.css';

const SECTIONS = [
  ['items', 'Items'],
  ['locations', 'Locations'],
  ['assignments', 'Assignments'],
  ['purchase-orders', 'Purchase orders'],
  ['pick-lists', 'Pick lists'],
  ['import', 'Import'],
  ['labels', 'Labels'],
] as const;

function decode(segment: string | undefined): string | null {
  if (segment === undefined || segment === 'new') return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function Body({ section, segment }: { section: string; segment: string | undefined }) {
  const key = segment;
  const id = decode(key);
  switch (section) {
    case 'items': return key === undefined ? <ItemsScreen /> : <ItemForm key={key} sku={id} />;
    case 'locations': return key === undefined ? <LocationsScreen /> : <LocationForm key={key} code={id} />;
    case 'assignments': return <AssignmentsScreen />;
    case 'purchase-orders': return key === undefined ? <PurchaseOrdersScreen /> : <OrderForm key={key} kind="purchaseOrders" number={id} />;
    case 'pick-lists': return key === undefined ? <PickListsScreen /> : <OrderForm key={key} kind="pickLists" number={id} />;
    case 'import': return <ImportScreen kind={key === 'locations' ? 'locations' : 'items'} />;
    default: return <p role="alert" className="error">There is no master-data screen called {section}.</p>;
  }
}

export function MasterDataScreen({ path }: { path: string[] }) {
  const go = useRoute((s) => s.go);
  const [section = 'items', key] = path;
  return (
    <section className="master-data">
      <h1>Master data</h1>
      <nav className="master-nav" aria-label="Master data">
        {SECTIONS.map(([id, title]) => (
          <button key={id} type="button" className="button" aria-current={section === id ? 'page' : undefined} onClick={() => go(masterPath(id))}>
            {title}
          </button>
        ))}
      </nav>
      {section === 'labels' ? <LabelsScreen /> : <NeedsConnection><Body section={section} segment={key} /></NeedsConnection>}
    </section>
  );
}
