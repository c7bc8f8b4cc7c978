// The role's home: the flows this role does, as big buttons.
import { clearSession } from '../replica/session';
import { MuteToggle } from '../scan';
import { FLOWS, openFlow } from '../flows/registry';
import { forgetTasks } from '../flows/kit/task-memory';
import { db } from '../device/device';
import { useRoute } from '../device/router';
import { useSessionStore } from '../device/session-store';
import { say } from '../words';
import { ScanLookupCard } from './ScanLookup';

export function Home() {
  const { session, setSession } = useSessionStore();
  const go = useRoute((s) => s.go);
  if (!session) return null;
  const { role, name } = session.user;
  const flows = FLOWS.filter((f) => f.roles.includes(role));
  return (
    <section className="home">
      <h1>{say('app.name')}</h1>
      <p className="who">{name} · {say(`role.${role}`)}</p>
      <ScanLookupCard />
      <nav className="tiles" aria-label={say('home.tasks')}>
        {flows.map((f) => (
          <button key={f.id} type="button" className="tile" onClick={() => openFlow(f, go)}>{say(f.title)}</button>
        ))}
        <button type="button" className="tile" onClick={() => go('inbox')}>{say('home.inbox')}</button>
        {role === 'supervisor' && (
          <button type="button" className="tile" onClick={() => go('supervisor')}>{say('home.supervisor')}</button>
        )}
      </nav>
      <MuteToggle />
      <button type="button" className="button subtle" onClick={() => go('scanner-test')}>{say('scanner.test.open')}</button>
      <button
        type="button"
        className="button subtle"
        onClick={() => void clearSession(db).then(() => {
          // The next person on this device starts with no one else's half-done task.
          for (const f of FLOWS) f.reset();
          forgetTasks();
          setSession(null);
        })}
      >
        {say('home.log-out')}
      </button>
    </section>
  );
}
