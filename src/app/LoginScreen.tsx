// Badge (typed or scanned with the wedge scanner, which types and presses
// Enter) and PIN. The session is stored on the device so it reopens offline.
import { useEffect, useState, type FormEvent } from 'react';
import { deviceId, deviceName, saveDeviceName, saveSession, type StoredSession } from '../replica/session';
import { ApiError, login } from '../net/api';
import { db, sync } from '../device/device';
import { useSessionStore } from '../device/session-store';
import { say } from '../words';
import { LanguagePicker } from './LanguagePicker';
import { KeyboardButton } from '../ui/KeyboardButton';
import { useScanInput } from '../ui/use-scan-input';

/** The device's name as last given here (null until read): shown to change, sent with the login. */
function useRememberedDeviceName(): [string | null, (name: string) => void] {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void deviceName(db).then((stored) => { if (current) setName((typed) => typed ?? stored); });
    return () => { current = false; };
  }, []);
  return [name, setName];
}

function LoginForm({ onDone, fixedBadge, askDeviceName = false }: {
  onDone: (session: StoredSession) => void; fixedBadge?: string; askDeviceName?: boolean;
}) {
  const [badge, setBadge] = useState(fixedBadge ?? '');
  const [pin, setPin] = useState('');
  const [name, setName] = useRememberedDeviceName();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Badges are scanned: no soft keyboard over the form unless asked for.
  const { ref: badgeRef, inputMode: badgeMode, typing: typingBadge, showKeyboard: showBadgeKeyboard } = useScanInput();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const named = askDeviceName ? name ?? '' : '';
      const result = await login(badge.trim(), pin, await deviceId(db), named);
      if (named.trim() !== '') await saveDeviceName(db, named);
      const session: StoredSession = {
        token: result.token, expiresAt: result.expiresAt, user: result.user, badge: badge.trim(), signInId: result.signInId,
      };
      await saveSession(db, session);
      onDone(session);
    } catch (e) {
      setPin('');
      // A refused login says why (wrong PIN, badge locked): the catalogue's sentence for the server's code, else its own words.
      if (!(e instanceof ApiError)) setError(String(e));
      else if (e.kind === 'network') setError(say('login.unreachable'));
      else setError(e.reason);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login" onSubmit={(e) => void submit(e)}>
      <div className="scan-field">
        <label className="field">
          <span>{say('login.badge')}</span>
          <input ref={badgeRef} value={badge} onChange={(e) => setBadge(e.target.value)} autoComplete="username" autoCapitalize="characters"
            inputMode={badgeMode} autoFocus={!fixedBadge} readOnly={fixedBadge !== undefined} required />
        </label>
        {fixedBadge === undefined && <KeyboardButton typing={typingBadge} onClick={showBadgeKeyboard} />}
      </div>
      <label className="field">
        <span>{say('login.pin')}</span>
        <input value={pin} onChange={(e) => setPin(e.target.value)} type="password" inputMode="numeric"
          autoComplete="current-password" autoFocus={fixedBadge !== undefined} required />
      </label>
      {askDeviceName && (
        <label className="field">
          <span>{say('login.device-name')}</span>
          <input value={name ?? ''} onChange={(e) => setName(e.target.value)} maxLength={40} autoComplete="off" spellCheck={false} />
          <small className="hint">{say('login.device-name-hint')}</small>
        </label>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="button primary" disabled={busy}>{busy ? say('login.busy') : say('login.submit')}</button>
    </form>
  );
}

export function LoginScreen() {
  const setSession = useSessionStore((s) => s.setSession);
  return (
    <main className="app login-screen">
      <h1>{say('app.name')}</h1>
      <p className="hint">{say('login.hint')}</p>
      <LoginForm onDone={setSession} askDeviceName />
      <LanguagePicker hint />
    </main>
  );
}

/** Shown when the server answered 401: sync is paused, nothing queued is lost. */
export function ReloginDialog() {
  const { session, setSession } = useSessionStore();
  // A shared scanner: the next person on shift (or a supervisor, when the
  // previous user was deactivated) may log in instead. The queue stays credited
  // to whoever recorded each operation: it carries their sign-in.
  const [someoneElse, setSomeoneElse] = useState(false);
  const fixedBadge = someoneElse ? undefined : session?.badge;
  return (
    <div className="dialog-backdrop">
      <section role="dialog" aria-modal="true" aria-labelledby="relogin-title" className="dialog">
        <h2 id="relogin-title">{say('login.again.title')}</h2>
        <p>{say('login.again.text')}</p>
        <LoginForm
          key={fixedBadge ?? 'anyone'}
          {...(fixedBadge !== undefined ? { fixedBadge } : {})}
          onDone={(next) => {
            setSession(next);
            void sync.syncNow();
          }}
        />
        {fixedBadge !== undefined && (
          <button type="button" className="button" onClick={() => setSomeoneElse(true)}>{say('login.again.someone-else')}</button>
        )}
      </section>
    </div>
  );
}
