// Spoken read-back, the pure half: what to say for a step that asks the
// operator to read a location, a lot and a quantity off the screen (a device
// preference: useDevicePrefs().speak). Codes are spelled out a character at a
// time, with a pause at each separator ("A-01-02" is "A, 0 1, 0 2"): a
// speech engine reads "01" as "one" and "-" as "minus". use-read-back.ts
// speaks it.
import { say } from '../../words';

export interface ReadBack {
  location?: string | null;
  lot?: string | null;
  quantity?: number | null;
  /** The quantity's unit; the catalogue's "units" when not given. */
  unit?: string | null;
}

/** A code as a speech engine should read it: one character at a time, a pause at each separator. */
export function spelled(code: string): string {
  return code.trim().split(/[\s\-./_:]+/).filter((part) => part !== '').map((part) => [...part].join(' ')).join(', ');
}

/** The sentence to speak for a step, or '' when it asks for nothing to be read. */
export function readBackText({ location, lot, quantity, unit }: ReadBack): string {
  const parts: string[] = [];
  if (location) parts.push(say('scanner.read-back.location', { code: spelled(location) }));
  if (lot) parts.push(say('scanner.read-back.lot', { lot: spelled(lot) }));
  if (quantity !== null && quantity !== undefined) parts.push(say('scanner.read-back.quantity', { quantity, unit: unit || say('kit.units') }));
  return parts.join(' ');
}
