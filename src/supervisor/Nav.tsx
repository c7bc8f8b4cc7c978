// The console's sections: at the side of a tablet screen; on a phone (under
// 48rem) folded behind a Menu button that names the current section, so the
// screen's content gets the whole width (issue 16.11).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../device/device';
import { useRoute } from '../device/router';
import { openWarehouseExceptions } from '../replica/queries';

export const SECTIONS = [
  { path: 'items', title: 'Items' },
  { path: 'counts', title: 'Count tasks' },
  { path: 'serials', title: 'Serials' },
  { path: 'exceptions', title: 'Exceptions' },
  { path: 'rejected', title: 'Rejected' },
  { path: 'reports', title: 'Reports' },
  { path: 'recall', title: 'Recall' },
  { path: 'lots', title: 'Lots' },
  { path: 'devices', title: 'Devices' },
  { path: 'users', title: 'Users' },
  { path: 'import', title: 'Import' },
  { path: 'settings', title: 'Settings' },
  { path: 'master', title: 'Master data' },
] as const;

export function Nav({ current }: { current: string }) {
  const go = useRoute((s) => s.go);
  const [open, setOpen] = useState(false);
  // Open exceptions as this device knows them (pulled, plus its own pending resolutions): small, so read live.
  const exceptions = useLiveQuery(async () => (await openWarehouseExceptions(db)).length, [], 0);
  const here = SECTIONS.find((s) => s.path === current)?.title ?? 'Supervisor';
  return (
    <nav className={`sv-nav${open ? ' open' : ''}`} aria-label="Supervisor">
      <button type="button" className="button sv-menu" aria-expanded={open} aria-controls="sv-nav-links" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> Menu <span className="sv-menu-here">· {here}</span>
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
            {s.title}
            {s.path === 'exceptions' && exceptions > 0 && <span className="sv-badge" aria-label={`${exceptions} open`}>{exceptions}</span>}
          </a>
        ))}
      </div>
    </nav>
  );
}
