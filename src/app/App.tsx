// The app: login until there is a session, then the role's home, the
// always-visible sync status, and the screen the route names.
import { useEffect } from 'react';
import { loadSession } from '../replica/session';
import { RestockWizard } from '../wizards/restock/RestockWizard';
import { useRestockStore } from '../wizards/restock/store';
import { db, sync } from './device';
import { Home } from './Home';
import { Inbox } from './Inbox';
import { LoginScreen, ReloginDialog } from './LoginScreen';
import { UpdateBanner } from './pwa';
import { useRoute } from './router';
import { useSessionStore } from './session-store';
import { StatusBar } from './StatusBar';
import { useSyncStatus } from './sync-status';

export function App() {
  const { session, loaded, setSession } = useSessionStore();
  useEffect(() => {
    void loadSession(db).then(setSession);
  }, [setSession]);
  useEffect(() => {
    if (!session) return;
    sync.start();
    return () => sync.stop();
  }, [session]);

  if (!loaded) return <main className="app loading" aria-busy="true" />;
  if (!session) return <LoginScreen />;
  return <SignedIn />;
}

function SignedIn() {
  const screen = useRoute((s) => s.screen);
  const status = useSyncStatus();
  // An update waits while a restock is under way: the safe moment is between tasks.
  const busy = useRestockStore((s) => s.step !== 'item');
  return (
    <div className="app">
      <StatusBar />
      <UpdateBanner busy={busy} />
      {status.authRequired && <ReloginDialog />}
      <main className="screen">
        {screen === 'home' && <Home />}
        {screen === 'restock' && <RestockWizard />}
        {screen === 'inbox' && <Inbox />}
      </main>
    </div>
  );
}
