import { startTransition, useActionState, useEffect, useState } from 'react';
import { ApiError, fetchHealth, login, type LoginResult } from './api';

type HealthView = { state: 'checking' } | { state: 'ok'; text: string } | { state: 'down'; text: string };

function ServerHealth() {
  const [health, setHealth] = useState<HealthView>({ state: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchHealth(controller.signal).then(
      (body) => {
        const database = body.database ? ` (${body.database})` : '';
        setHealth({ state: body.status === 'ok' ? 'ok' : 'down', text: `${body.status}${database}` });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setHealth({ state: 'down', text: error instanceof ApiError ? error.message : 'unreachable' });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <p role="status" aria-label="Server health" className={`health health-${health.state}`}>
      Server: {health.state === 'checking' ? 'checking…' : health.text}
    </p>
  );
}

interface LoginState {
  badge: string;
  session: LoginResult | null;
  error: string | null;
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

const loggedOut: LoginState = { badge: '', session: null, error: null };

async function loginAction(_previous: LoginState, form: FormData | null): Promise<LoginState> {
  if (form === null) return loggedOut; // "Log out"
  const badge = field(form, 'badge').trim();
  const pin = field(form, 'pin');
  try {
    return { badge, session: await login(badge, pin), error: null };
  } catch (error) {
    return { badge, session: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function LoginPanel() {
  const [state, dispatch, pending] = useActionState(loginAction, loggedOut);

  if (state.session) {
    const { name, role } = state.session.user;
    return (
      <section className="card" aria-label="Session">
        <p className="session">
          Logged in as <strong>{name}</strong> ({role})
        </p>
        <button type="button" onClick={() => startTransition(() => dispatch(null))}>
          Log out
        </button>
      </section>
    );
  }

  return (
    <form className="card" action={dispatch} aria-label="Log in">
      <label>
        Badge
        <input name="badge" defaultValue={state.badge} autoComplete="username" autoCapitalize="characters" required />
      </label>
      <label>
        PIN
        <input name="pin" type="password" inputMode="numeric" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Logging in…' : 'Log in'}
      </button>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function App() {
  return (
    <>
      <header className="app-header">
        <h1>Lotline</h1>
      </header>
      <main className="app-main">
        <ServerHealth />
        <LoginPanel />
      </main>
    </>
  );
}
