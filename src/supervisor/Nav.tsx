// The console's sections, always visible at the side of a tablet screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../device/device';
import { useRoute } from '../device/router';
import { openWarehouseExceptions } from '../replica/queries';

export const SECTIONS = [
  { path: 'items', title: 'Items' },
  { path: 'counts', title: 'Count tasks' },
  { path: 'serials', title: 'Serials' },
  { path: 'exceptions', title: 'Exceptions' },
  { path: 'reports', title: 'Reports' },
  { path: 'recall', title: 'Recall' },
  { path: 'lots', title: 'Lots' },
  { path: 'devices', title: 'Devices' },
  { path: 'import', title: 'Import' },
  { path: 'settings', title: 'Settings' },
  { path: 'master', title: 'Master data' },
] as const;

export function Nav({ current }: { current: string }) {
  const go = useRoute((s) => s.go);
  // Open exceptions as this device knows them (pulled, plus its own pending resolutions): small, so read live.
  const open = useLiveQuery(async () => (await openWarehouseExceptions(db)).length, [], 0);
  return (
    <nav className="sv-nav" aria-label="Supervisor">
      {SECTIONS.map((s) => (
        <a
          key={s.path}
          href={`/supervisor/${s.path}`}
          aria-current={current === s.path ? 'page' : undefined}
          onClick={(e) => {
            // A plain click stays in the app; a long press or middle click may open a tab.
            if (e.button !== 0 || e.metaKey || e.ctrlKey) return;
            e.preventDefault();
            go(`supervisor/${s.path}`);
          }}
        >
          {s.title}
          {s.path === 'exceptions' && open > 0 && <span className="sv-badge" aria-label={`${open} open`}>{open}</span>}
        </a>
      ))}
    </nav>
  );
}
