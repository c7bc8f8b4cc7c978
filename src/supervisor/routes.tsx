// The supervisor console: every screen under /supervisor/... . App hands the
// route here; this file maps the rest of the path to a screen. Master data
// (items, locations, assignments, orders, labels) lives under
// /supervisor/master/... in master/routes.tsx.
import { MasterDataScreen } from './master/routes';

export function isSupervisorScreen(screen: string): boolean {
  return screen === 'supervisor' || screen.startsWith('supervisor/');
}

export function SupervisorScreen({ screen }: { screen: string }) {
  const path = screen.split('/').slice(1);
  if (path[0] === 'master') return <MasterDataScreen path={path.slice(1)} />;
  return (
    <section className="supervisor">
      <h1>Supervisor</h1>
    </section>
  );
}
