// A tiny path router: a handful of screens need no routing library. Paths
// are real URLs so a reload (or the service worker's navigate fallback)
// lands on the same screen. A screen is 'home', 'inbox' or a flow's id
// (src/flows/registry.ts; not imported here: the flows import the router).
import { create } from 'zustand';

export type Screen = string;

/** The screen a path names; App shows home for a path that names nothing. */
function screenOf(pathname: string): Screen {
  return pathname.replace(/^\/+|\/+$/g, '') || 'home';
}

function pathOf(screen: Screen): string {
  return screen === 'home' ? '/' : `/${screen}`;
}

interface RouteState {
  screen: Screen;
  go: (screen: Screen) => void;
}

export const useRoute = create<RouteState>((set) => ({
  screen: typeof location === 'undefined' ? 'home' : screenOf(location.pathname),
  go: (screen) => {
    if (location.pathname !== pathOf(screen)) history.pushState(null, '', pathOf(screen));
    set({ screen });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => useRoute.setState({ screen: screenOf(location.pathname) }));
}
