// The app: login until there is a session, then the role's home, the
// always-visible sync status, and the screen the route names.
import { useEffect } from 'react';
import { getSettings } from '../replica/queries';
import { ScanAnswer, setScanSettings, useScanHandler } from '../scan';
import { say, useLanguage } from '../words';
import { loadSession } from '../replica/session';
import { SupervisorScreen, isSupervisorScreen } from '../supervisor/routes';
import { flowById } from '../flows/registry';
import { RedoBanner } from '../flows/kit/RedoBanner';
import { useRedoStore } from '../flows/kit/save';
import { db, sync } from '../device/device';
import { Home } from './Home';
import { Inbox } from './Inbox';
import { LoginScreen, ReloginDialog } from './LoginScreen';
import { UpdateBanner } from './pwa';
import { useRoute } from '../device/router';
import { useSessionStore } from '../device/session-store';
import { StatusBar } from './StatusBar';
import { useSyncStatus } from '../device/sync-status';
import { SelfTestScreen } from '../scan/SelfTestScreen';
import { TestCardScreen } from '../scan/TestCardScreen';

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
  const flow = flowById(screen);
  const role = useSessionStore((s) => s.session?.user.role);
  // Other roles asking for a supervisor path get their home; the server refuses their requests anyway.
  const supervisor = isSupervisorScreen(screen) && role === 'supervisor';
  // The scanner self-test and its test card: for every role (whoever holds the scanner sets it up).
  const scannerScreen = screen === 'scanner-test' || screen === 'scanner-card';
  // Leaving the flow of a redo (Cancel, Home) ends it: the rejected operation stays in the inbox.
  useEffect(() => {
    const { redo, clear } = useRedoStore.getState();
    if (redo && redo.type !== screen) clear();
  }, [screen]);
  // Every scan gets an answer: the inbox takes none, and says where scans go.
  useScanHandler(() => ({ ok: false, message: say('scan.nobody-listens') }), screen === 'inbox', { fallback: true });
  // An update waits while a task is open: the safe moment is between tasks.
  const busy = flow !== undefined;
  // Scanner settings (GS substitute, prefix, suffix, gaps) come from the server like any row:
  // read after each sync, not as a live query (a live query mounted during the
  // first sync makes Dexie track every written key: 1.5-2x slower first pull).
  useEffect(() => {
    void getSettings(db).then((settings) => {
      setScanSettings(settings.scanner);
      // Times people read are the warehouse's (a setting), wherever the device's clock is set.
      useLanguage.getState().setTimeZone(settings.warehouse.timeZone);
    });
  }, [status.lastSyncAt]);
  return (
    <div className="app">
      <StatusBar />
      <UpdateBanner busy={busy} />
      {status.authRequired && <ReloginDialog />}
      <main className="screen">
        <ScanAnswer />
        {(screen === 'home' || (screen !== 'inbox' && !flow && !supervisor && !scannerScreen)) && <Home />}
        {screen === 'scanner-test' && <SelfTestScreen />}
        {screen === 'scanner-card' && <TestCardScreen />}
        {screen === 'inbox' && <Inbox />}
        {supervisor && <SupervisorScreen screen={screen} />}
        {flow && <RedoBanner flowId={flow.id} />}
        {flow && <flow.Wizard key={flow.id} />}
      </main>
    </div>
  );
}
