// What one keydown is to the wedge: the end of a scan (Enter, Tab), a
// character (with what its key position types on a US keyboard, for scanners
// on another layout: keyboard-layout.ts), an input method's key whose text
// comes as input events, a key that changes nothing (Shift), or a person's key
// (Backspace, arrows, a shortcut, a held key). Pure: the wedge and the scanner
// self-test read keys the same way.
import { GS } from '../domain/gs1';
import { usCharAt } from './keyboard-layout';

/** The parts of a KeyboardEvent the wedge reads. */
export interface KeyLike {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  keyCode?: number;
  isComposing?: boolean;
  repeat?: boolean;
  getModifierState?: (key: string) => boolean;
}

export type KeyRead =
  | { kind: 'end'; key: 'Enter' | 'Tab' }
  /** `typed` is '' for a key that typed nothing readable (a dead key) whose position still names a character. */
  | { kind: 'char'; typed: string; us: string | null }
  | { kind: 'method' }
  | { kind: 'neutral' }
  | { kind: 'person' };

/** Keys that are not text and do not break a burst (scanners press Shift for capitals). */
const NEUTRAL_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Unidentified', 'Process', 'Dead', 'Compose']);

const modifier = (event: KeyLike, name: string) => event.getModifierState?.(name) === true;

/** Ctrl with no Alt (or Meta): a shortcut, which types nothing. Ctrl+Alt is AltGr on Windows and types. */
const isShortcut = (event: KeyLike) => (event.ctrlKey || event.metaKey) && !event.altKey;

/**
 * GS (ASCII 29) as scanners send it: the character itself, or Ctrl+] (DataWedge's
 * "Send control characters as events", most HID scanners). Ctrl+] is read by
 * position too: on other layouts that key is not ']' (German '+', French '$').
 * Some Zebra firmware holds Alt on every key: Ctrl+Alt+] is GS as well, unless
 * AltGr typed a character there (German AltGr+'+' is '~', the GS substitute).
 */
function isGs(event: KeyLike): boolean {
  const { key } = event;
  if (key === GS || key === 'GroupSeparator') return true;
  if (!event.ctrlKey) return false;
  if (event.code === 'BracketRight') return !event.altKey || key === ']' || key.length !== 1;
  // Elsewhere only without Alt: German AltGr+9 types ']' (an AIM prefix from a scanner set to German).
  return key === ']' && !event.altKey;
}

/** What the key's position types on a US keyboard; null under AltGr (the device's layout chose that character). */
function usChar(event: KeyLike): string | null {
  if ((event.ctrlKey && event.altKey) || modifier(event, 'AltGraph')) return null;
  return usCharAt(event.code, event.shiftKey, modifier(event, 'CapsLock'));
}

export function readKeydown(event: KeyLike): KeyRead {
  if (event.isComposing || event.keyCode === 229) return { kind: 'method' };
  if (event.key === 'Enter' || event.key === 'Tab') return { kind: 'end', key: event.key };
  if (event.repeat) return { kind: 'person' }; // a held key, not a scanner
  if (isGs(event)) return { kind: 'char', typed: GS, us: GS };
  // Alt alone still types: some Zebra firmware sets altKey on every key of a scan.
  if (event.key.length === 1) return isShortcut(event) ? { kind: 'person' } : { kind: 'char', typed: event.key, us: usChar(event) };
  if ((event.key === 'Dead' || event.key === 'Unidentified') && !isShortcut(event)) {
    const us = usChar(event);
    if (us !== null) return { kind: 'char', typed: '', us };
  }
  return NEUTRAL_KEYS.has(event.key) ? { kind: 'neutral' } : { kind: 'person' };
}
