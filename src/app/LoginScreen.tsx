// Badge (typed or scanned with the wedge scanner, which types and presses
// Enter) and PIN. The session is stored on the device so it reopens offline.
import { useState, type FormEvent } from 'react';
import { saveSession, type StoredSession } from '../replica/session';
import { ApiError, login } from './api';
import { db, sync } from './device';
import { useSessionStore } from './session-store';

function LoginForm({ onDone, fixedBadge }: { onDone: (session: StoredSession) => void; fixedBadge?: string }) {
  const [badge, setBadge] = useState(fixedBadge ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await login(badge.trim(), pin);
      const session: StoredSession = { token: result.token, expiresAt: result.expiresAt, user: result.user, badge: badge.trim() };
      await saveSession(db, session);
      onDone(session);
    } catch (e) {
      setPin('');
      setError(e instanceof ApiError && e.status === 0
        ? 'The server cannot be reached. Logging in needs the network once; after that the device works offline.'
        : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>Badge</span>
        <input value={badge} onChange={(e) => setBadge(e.target.value)} autoComplete="username" autoCapitalize="characters"
          autoFocus={!fixedBadge} readOnly={fixedBadge !== undefined} required />
      </label>
      <label className="field">
        <span>PIN</span>
        <input value={pin} onChange={(e) => setPin(e.target.value)} type="password" inputMode="numeric"
          autoComplete="current-password" autoFocus={fixedBadge !== undefined} required />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="button primary" disabled={busy}>{busy ? 'Logging in…' : 'Log in'}</button>
    </form>
  );
}

export function LoginScreen() {
  const setSession = useSessionStore((s) => s.setSession);
  return (
    <main className="app login-screen">
      <h1>Lotline</h1>
      <p className="hint">Scan your badge or type it, then your PIN.</p>
      <LoginForm onDone={setSession} />
    </main>
  );
}

/** Shown when the server answered 401: sync is paused, nothing queued is lost. */
export function ReloginDialog() {
  const { session, setSession } = useSessionStore();
  return (
    <div className="dialog-backdrop">
      <section role="dialog" aria-modal="true" aria-labelledby="relogin-title" className="dialog">
        <h2 id="relogin-title">Log in again to sync</h2>
        <p>Your session has ended. Your work is kept on this device and will sync once you log in.</p>
        <LoginForm
          {...(session ? { fixedBadge: session.badge } : {})}
          onDone={(next) => {
            setSession(next);
            void sync.syncNow();
          }}
        />
      </section>
    </div>
  );
}
