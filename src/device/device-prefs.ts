// What this device remembers for whoever holds it, before and after login:
// the language chosen on the login screen, glove mode, the theme and spoken
// read-back. A UI preference, so localStorage (read synchronously at start,
// before the first paint); a value from an older or a broken build is ignored.
import { create } from 'zustand';
import { isLanguage, type Language } from '../words/languages';

export type Theme = 'auto' | 'light' | 'dark' | 'contrast';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'contrast'];

export interface DevicePrefs {
  /** The language picked on this device (the login screen), until a user with a language of their own logs in. */
  language: Language | null;
  /** Floor targets at least 64x64 px with 8 px gaps, primary action in the lower half. */
  glove: boolean;
  theme: Theme;
  /** Read location, lot and quantity aloud (speechSynthesis) as each step asks for them. */
  speak: boolean;
}

const KEY = 'lotline.prefs';
export const DEFAULT_PREFS: DevicePrefs = { language: null, glove: false, theme: 'auto', speak: false };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: preferences last until the page closes
  }
}

/** The stored preferences, each field checked: what is unreadable takes its default. */
export function readPrefs(raw: string | null): DevicePrefs {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // a broken value: defaults
  }
  return {
    language: isLanguage(stored.language) ? stored.language : null,
    glove: stored.glove === true,
    theme: THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : 'auto',
    speak: stored.speak === true,
  };
}

interface PrefsState extends DevicePrefs {
  setPrefs: (change: Partial<DevicePrefs>) => void;
}

export const useDevicePrefs = create<PrefsState>((set, get) => ({
  ...readPrefs(storage()?.getItem(KEY) ?? null),
  setPrefs: (change) => {
    set(change);
    const { language, glove, theme, speak } = get();
    storage()?.setItem(KEY, JSON.stringify({ language, glove, theme, speak }));
  },
}));
