// The role's home: the flows this role does, as big buttons.
import { clearSession } from '../replica/session';
import { db } from './device';
import { useRoute } from './router';
import { useSessionStore } from './session-store';

export function Home() {
  const { session, setSession } = useSessionStore();
  const go = useRoute((s) => s.go);
  if (!session) return null;
  const { role, name } = session.user;
  // Restock places new stock: operators and supervisors (a picker only picks, returns and packs).
  const canRestock = role === 'operator' || role === 'supervisor';
  return (
    <section className="home">
      <h1>Lotline</h1>
      <p className="who">{name} · {role}</p>
      <nav className="tiles" aria-label="Tasks">
        {canRestock && <button type="button" className="tile" onClick={() => go('restock')}>Restock</button>}
        <button type="button" className="tile" onClick={() => go('inbox')}>Inbox</button>
      </nav>
      {!canRestock && <p className="hint">Picking and packing screens are not in this version yet.</p>}
      <button
        type="button"
        className="button subtle"
        onClick={() => void clearSession(db).then(() => setSession(null))}
      >
        Log out
      </button>
    </section>
  );
}
