// The console's sections, always visible at the side of a tablet screen.
import { useRoute } from '../app/router';

export const SECTIONS = [
  { path: 'items', title: 'Items' },
  { path: 'counts', title: 'Count tasks' },
  { path: 'serials', title: 'Serials' },
  { path: 'exceptions', title: 'Exceptions' },
  { path: 'reports', title: 'Reports' },
  { path: 'recall', title: 'Recall' },
  { path: 'import', title: 'Import' },
  { path: 'settings', title: 'Settings' },
  { path: 'master', title: 'Master data' },
] as const;

export function Nav({ current }: { current: string }) {
  const go = useRoute((s) => s.go);
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
        </a>
      ))}
    </nav>
  );
}
