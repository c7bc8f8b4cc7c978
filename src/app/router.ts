// A tiny path router: a handful of screens need no routing library. Paths
// are real URLs so a reload (or the service worker's navigate fallback)
// lands on the same screen.
import { create } from 'zustand';

export type Screen = 'home' | 'restock' | 'inbox';

const PATHS: Record<Screen, string> = { home: '/', restock: '/restock', inbox: '/inbox' };

function screenOf(pathname: string): Screen {
  const found = (Object.entries(PATHS) as [Screen, string][]).find(([, path]) => path === pathname);
  return found?.[0] ?? 'home';
}

interface RouteState {
  screen: Screen;
  go: (screen: Screen) => void;
}

export const useRoute = create<RouteState>((set) => ({
  screen: typeof location === 'undefined' ? 'home' : screenOf(location.pathname),
  go: (screen) => {
    if (location.pathname !== PATHS[screen]) history.pushState(null, '', PATHS[screen]);
    set({ screen });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => useRoute.setState({ screen: screenOf(location.pathname) }));
}
