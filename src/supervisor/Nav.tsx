// The console's sections: at the side of a tablet screen; on a phone (under
// 48rem) folded behind a Menu button that names the current section, so the
// screen's content gets the whole width (issue 16.11).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../device/device';
import { useRoute } from '../device/router';
import { openWarehouseExceptions } from '../replica/queries';
import { say, type SentenceKey } from '../words';

export const SECTIONS = [
  { path: 'items', title: 'console.shell.nav.items' },
  { path: 'counts', title: 'console.shell.nav.counts' },
  { path: 'serials', title: 'console.shell.nav.serials' },
  { path: 'exceptions', title: 'console.shell.nav.exceptions' },
  { path: 'rejected', title: 'console.shell.nav.rejected' },
  { path: 'reports', title: 'console.shell.nav.reports' },
  { path: 'recall', title: 'console.shell.nav.recall' },
  { path: 'lots', title: 'console.shell.nav.lots' },
  { path: 'devices', title: 'console.shell.nav.devices' },
  { path: 'users', title: 'console.users.title' },
  { path: 'import', title: 'console.shell.nav.import' },
  { path: 'settings', title: 'console.shell.nav.settings' },
  { path: 'master', title: 'console.shell.nav.master' },
] as const satisfies readonly { path: string; title: SentenceKey }[];

export function Nav({ current }: { current: string }) {
  const go = useRoute((s) => s.go);
  const [open, setOpen] = useState(false);
  // Open exceptions as this device knows them (pulled, plus its own pending resolutions): small, so read live.
  const exceptions = useLiveQuery(async () => (await openWarehouseExceptions(db)).length, [], 0);
  const here = say(SECTIONS.find((s) => s.path === current)?.title ?? 'console.shell.nav.label');
  return (
    <nav className={`sv-nav${open ? ' open' : ''}`} aria-label={say('console.shell.nav.label')}>
      <button type="button" className="button sv-menu" aria-expanded={open} aria-controls="sv-nav-links" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> {say('console.shell.nav.menu')} <span className="sv-menu-here">· {here}</span>
        {exceptions > 0 && <span className="sv-badge" aria-hidden="true">{exceptions}</span>}
      </button>
      <div className="sv-links" id="sv-nav-links">
        {SECTIONS.map((s) => (
          <a
            key={s.path}
            href={`/supervisor/${s.path}`}
            aria-current={current === s.path ? 'page' : undefined}
            onClick={(e) => {
              // A plain click stays in the app; a long press or middle click may open a tab.
              if (e.button !== 0 || e.metaKey || e.ctrlKey) return;
              e.preventDefault();
              setOpen(false);
              go(`supervisor/${s.path}`);
            }}
          >
            {say(s.title)}
            {s.path === 'exceptions' && exceptions > 0 && <span className="sv-badge" aria-label={say('console.shell.nav.open-exceptions', { count: exceptions })}>{exceptions}</span>}
          </a>
        ))}
      </div>
    </nav>
  );
}
