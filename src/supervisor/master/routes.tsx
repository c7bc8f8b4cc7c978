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
import { say } from '../../words';
import './master.css';

const SECTIONS = ['items', 'locations', 'assignments', 'purchase-orders', 'pick-lists', 'import', 'labels'] as const;

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
    default: return <p role="alert" className="error">{say('console.master.no-screen', { section })}</p>;
  }
}

export function MasterDataScreen({ path }: { path: string[] }) {
  const go = useRoute((s) => s.go);
  const [section = 'items', key] = path;
  return (
    <section className="master-data">
      <h1>{say('console.master.title')}</h1>
      <nav className="master-nav" aria-label={say('console.master.title')}>
        {SECTIONS.map((id) => (
          <button key={id} type="button" className="button" aria-current={section === id ? 'page' : undefined} onClick={() => go(masterPath(id))}>
            {say(`console.master.section.${id}`)}
          </button>
        ))}
      </nav>
      {section === 'labels' ? <LabelsScreen /> : <NeedsConnection><Body section={section} segment={key} /></NeedsConnection>}
    </section>
  );
}
