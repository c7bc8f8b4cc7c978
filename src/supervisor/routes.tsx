// The supervisor console: every screen under /supervisor/... . App hands the
// route here; this file maps the rest of the path to a screen. Master data
// (items, locations, assignments, orders, labels) lives under
// /supervisor/master/... in master/routes.tsx, under the same navigation.
import { MasterDataScreen } from './master/routes';
import { CountsScreen } from './count-tasks/CountsScreen';
import { ItemDetail } from './items/ItemDetail';
import { ItemsScreen } from './items/ItemsScreen';
import { SerialsScreen } from './serials/SerialsScreen';
import { SerialDetail } from './serials/SerialDetail';
import { ExceptionsScreen } from './exceptions/ExceptionsScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { RecallScreen } from './recall/RecallScreen';
import { ImportScreen } from './import/ImportScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { LotsScreen } from './lots/LotsScreen';
import { DevicesScreen } from './devices/DevicesScreen';
import { RejectedScreen } from './rejected/RejectedScreen';
import { UsersScreen } from './users/UsersScreen';
import { Nav } from './Nav';
import { say } from '../words';
import './supervisor.css';

export function isSupervisorScreen(screen: string): boolean {
  return screen === 'supervisor' || screen.startsWith('supervisor/');
}

/** The reports tab a path names: the stock report, else the transactions. */
function reportTab(param: string | undefined) {
  return param === 'stock' ? 'stock' : 'transactions';
}

function Screen({ path }: { path: string[] }) {
  const [section = 'items', id] = path;
  const param = id === undefined ? undefined : decodeURIComponent(id);
  switch (section) {
    case 'items': return param ? <ItemDetail itemId={param} /> : <ItemsScreen />;
    case 'counts': return <CountsScreen />;
    case 'serials': return param ? <SerialDetail serialId={param} /> : <SerialsScreen />;
    case 'exceptions': return <ExceptionsScreen />;
    case 'rejected': return <RejectedScreen />;
    case 'reports': return <ReportsScreen tab={reportTab(param)} />;
    case 'recall': return <RecallScreen />;
    case 'lots': return <LotsScreen />;
    case 'devices': return <DevicesScreen />;
    case 'users': return <UsersScreen />;
    case 'import': return <ImportScreen />;
    case 'settings': return <SettingsScreen />;
    default: return <p role="alert" className="error">{say('console.shell.no-screen', { section })}</p>;
  }
}

/** Every screen, master data included, keeps the console's navigation. */
export function SupervisorScreen({ screen }: { screen: string }) {
  const path = screen.split('/').slice(1);
  const section = path[0] ?? 'items';
  return (
    <section className="supervisor sv-console">
      <Nav current={section} />
      <div className="sv-content">
        {section === 'master' ? <MasterDataScreen path={path.slice(1)} /> : <Screen path={path} />}
      </div>
    </section>
  );
}
