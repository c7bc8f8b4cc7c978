import { describe, expect, test } from 'vitest';
import { GS } from '../domain/gs1';
import { readableText, usCharAt } from './keyboard-layout';
import { attachWedge } from './wedge';
import { WedgeDetector, type WedgeOptions } from './wedge-detector';

const OPTIONS: WedgeOptions = { prefix: '', suffix: '', maxGapMs: 30, minLength: 4 };

/** Types `text` from time `start`, `gap` ms apart; returns the time of the last character and any suffix scan. */
function typeText(detector: WedgeDetector, text: string, gap: number, start = 1000): { last: number; scans: string[] } {
  let at = start;
  const scans: string[] = [];
  [...text].forEach((char, i) => {
    at = start + i * gap;
    const scan = detector.key(char, at);
    if (scan !== null) scans.push(scan);
  });
  return { last: at, scans };
}

describe('WedgeDetector', () => {
  test('a 13-character burst 8 ms apart ending in Enter is a scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, '5012345000015', 8);
    expect(d.end(last + 8)).toBe('5012345000015');
  });

  test('16 ms gaps (a slower scanner) are still a scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 16);
    expect(d.end(last + 16)).toBe('MILK-1L');
  });

  test('a person typing 120 ms apart is not a scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 120);
    expect(d.end(last + 120)).toBeNull();
  });

  test('a fast Enter after slow typing is not a scan either', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 120);
    expect(d.end(last + 5)).toBeNull();
  });

  test('a burst of 3 characters is not a scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'A12', 8);
    expect(d.end(last + 8)).toBeNull();
  });

  test('a burst whose Enter comes late (a person pressing Enter after a paste-like burst) is not a scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 8);
    expect(d.end(last + 200)).toBeNull();
  });

  test('a configured prefix and suffix are stripped', () => {
    const d = new WedgeDetector({ ...OPTIONS, prefix: '$$', suffix: '#' });
    const { scans } = typeText(d, '$$MILK-1L#', 8);
    expect(scans).toEqual(['MILK-1L']);
  });

  test('the suffix ends the scan without Enter, and the Enter right after it belongs to the scan', () => {
    const d = new WedgeDetector({ ...OPTIONS, suffix: '\u0003' });
    const { last, scans } = typeText(d, 'ABCD-42\u0003', 8);
    expect(scans).toEqual(['ABCD-42']);
    expect(d.isTrailingTerminator(last + 8)).toBe(true);
    expect(d.end(last + 8)).toBeNull();
    expect(d.isTrailingTerminator(last + 500)).toBe(false);
  });

  test('a prefix alone is stripped; text without it is still read', () => {
    const d = new WedgeDetector({ ...OPTIONS, prefix: '@' });
    let { last } = typeText(d, '@LOC-A-01', 8);
    expect(d.end(last + 8)).toBe('LOC-A-01');
    ({ last } = typeText(d, 'LOC-A-02', 8, 5000));
    expect(d.end(last + 8)).toBe('LOC-A-02');
  });

  test('prefix and suffix do not count toward the minimum length', () => {
    const d = new WedgeDetector({ ...OPTIONS, prefix: '$$', suffix: '##' });
    const { scans } = typeText(d, '$$AB##', 8);
    expect(scans).toEqual([]);
  });

  test('Tab ends a scan like Enter (end() is called for both)', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'C-01-02', 7);
    expect(d.end(last + 7)).toBe('C-01-02');
  });

  test('a GS character inside the burst is kept', () => {
    const d = new WedgeDetector(OPTIONS);
    const text = `]d2010501234500001510L2611A${GS}21SN0001`;
    const { last } = typeText(d, text, 8);
    expect(d.end(last + 8)).toBe(text);
  });

  test('a burst followed by a slow character: only the slow character is pending, and Enter is no scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 8);
    d.key('X', last + 300);
    expect(d.pending).toBe(1);
    expect(d.end(last + 310)).toBeNull();
  });

  test('slow typing followed by a burst: the burst alone is the scan', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'PO-7', 150);
    const burst = typeText(d, 'MILK-1L', 8, last + 400);
    expect(d.end(burst.last + 8)).toBe('MILK-1L');
  });

  test('characters arriving at one instant (an input method committing the whole code) are a burst', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'TAPE-48', 0);
    expect(d.end(last + 3)).toBe('TAPE-48');
  });

  test('after a scan the detector starts clean', () => {
    const d = new WedgeDetector(OPTIONS);
    let { last } = typeText(d, 'MILK-1L', 8);
    expect(d.end(last + 8)).toBe('MILK-1L');
    expect(d.end(last + 16)).toBeNull();
    ({ last } = typeText(d, 'YOG-500', 8, last + 40));
    expect(d.end(last + 8)).toBe('YOG-500');
  });

  test('reset (Backspace, a shortcut) drops the burst under way', () => {
    const d = new WedgeDetector(OPTIONS);
    const { last } = typeText(d, 'MILK-1L', 8);
    d.reset();
    expect(d.end(last + 8)).toBeNull();
  });

  test('startsBurst tells the caller when to snapshot the field', () => {
    const d = new WedgeDetector(OPTIONS);
    expect(d.startsBurst(0)).toBe(true);
    d.key('A', 0);
    expect(d.startsBurst(8)).toBe(false);
    expect(d.startsBurst(100)).toBe(true);
  });
});

// Keystroke streams as scanners send them, through attachWedge itself: a
// stand-in document (an EventTarget) gets the keydowns a scanner's firmware
// makes, with the `key` the device's keyboard layout gives each one.

/** The parts of a keydown a scanner sets. */
interface Keystroke {
  key: string;
  code: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
}

/** Where a scanner set up for a US keyboard presses for each character: [code, shift]. */
function usPosition(char: string): [string, boolean] {
  if (/^[a-z]$/.test(char)) return [`Key${char.toUpperCase()}`, false];
  if (/^[A-Z]$/.test(char)) return [`Key${char}`, true];
  if (/^[0-9]$/.test(char)) return [`Digit${char}`, false];
  const punctuation: Record<string, [string, boolean]> = {
    '-': ['Minus', false], '=': ['Equal', false], ']': ['BracketRight', false], '.': ['Period', false], '/': ['Slash', false], '~': ['Backquote', true],
  };
  const position = punctuation[char];
  if (!position) throw new Error(`no US position for ${char}`);
  return position;
}

/** A device keyboard layout: what a key position types, or 'Dead' (an accent waiting for the next key). */
type Layout = (code: string, shift: boolean) => string;

const US: Layout = (code, shift) => {
  const char = [...'abcdefghijklmnopqrstuvwxyz0123456789-=]./~'].find((c) => {
    const [at, shifted] = usPosition(c);
    return at === code && shifted === shift;
  });
  return char ?? (shift ? code.replace('Key', '') : code.replace('Key', '').toLowerCase());
};

/** French AZERTY: the digit row types & é " ' ( - è _ ç à unshifted; A/Q and Z/W swap; ']' is '$'. */
const AZERTY: Layout = (code, shift) => {
  const digits: Record<string, string> = { Digit1: '&', Digit2: 'é', Digit3: '"', Digit4: "'", Digit5: '(', Digit6: '-', Digit7: 'è', Digit8: '_', Digit9: 'ç', Digit0: 'à' };
  if (code in digits) return shift ? code.slice(-1) : digits[code]!;
  const swapped: Record<string, string> = { KeyA: 'q', KeyQ: 'a', KeyZ: 'w', KeyW: 'z', KeyM: ',', Semicolon: 'm' };
  if (code in swapped) return shift ? swapped[code]!.toUpperCase() : swapped[code]!;
  const other: Record<string, [string, string]> = { Minus: [')', '°'], Equal: ['=', '+'], BracketRight: ['$', '£'], Period: [':', '/'], Slash: ['!', '§'] };
  if (code in other) return other[code]![shift ? 1 : 0];
  return US(code, shift);
};

/** German QWERTZ: Y/Z swap, '-' is 'ß', '=' and '`' are dead keys, ']' is '+', '/' is '-'. */
const QWERTZ: Layout = (code, shift) => {
  const swapped: Record<string, string> = { KeyY: 'z', KeyZ: 'y' };
  if (code in swapped) return shift ? swapped[code]!.toUpperCase() : swapped[code]!;
  const other: Record<string, [string, string]> = {
    Minus: ['ß', '?'], Equal: ['Dead', 'Dead'], Backquote: ['Dead', '°'], BracketRight: ['+', '*'], Slash: ['-', '_'], Period: ['.', ':'],
  };
  if (code in other) return other[code]![shift ? 1 : 0];
  if (shift && code.startsWith('Digit')) return { Digit1: '!', Digit2: '"', Digit3: '§', Digit4: '$', Digit5: '%', Digit6: '&', Digit7: '/', Digit8: '(', Digit9: ')', Digit0: '=' }[code]!;
  return US(code, shift);
};

/** A dead accent and the key after it: the accented letter where there is one, else the key alone (the accent goes to the field). */
const COMPOSED: Record<string, string> = { e: 'é', E: 'É', a: 'á', A: 'Á' };

/** The keydowns of a scanner set up for a US keyboard typing `text` into a device with `layout`, Shift pressed for capitals. */
function scannerKeys(text: string, layout: Layout, extra: Partial<Keystroke> = {}): Keystroke[] {
  const keys: Keystroke[] = [];
  let dead = false;
  for (const char of text) {
    if (char === GS) {
      // ASCII 29 the way DataWedge's "Send control characters as events" sends it: Ctrl+].
      keys.push({ key: layout('BracketRight', false), code: 'BracketRight', ctrlKey: true, ...extra });
      continue;
    }
    const [code, shift] = usPosition(char);
    if (shift) keys.push({ key: 'Shift', code: 'ShiftLeft', shiftKey: true, ...extra });
    const typed = layout(code, shift);
    const key = typed === 'Dead' ? 'Dead' : dead ? COMPOSED[typed] ?? typed : typed;
    dead = typed === 'Dead';
    keys.push({ key, code, shiftKey: shift, ...extra });
  }
  return keys;
}

/** attachWedge on a stand-in document; `send` dispatches keydowns `gap` ms apart, then Enter. */
function wedgeOn(options: WedgeOptions = OPTIONS) {
  const target = new EventTarget();
  let now = 1000;
  const scans: string[] = [];
  const detach = attachWedge(target as unknown as Document, () => ({ ...options, now: () => now }), (raw) => {
    scans.push(raw);
  });
  const dispatch = (stroke: Keystroke) => {
    const event = Object.assign(new Event('keydown', { cancelable: true }), {
      shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, keyCode: 0, isComposing: false, repeat: false, ...stroke,
    });
    target.dispatchEvent(event);
    return event;
  };
  const send = (keys: Keystroke[], gap = 8, end: Keystroke | null = { key: 'Enter', code: 'Enter' }) => {
    for (const stroke of keys) {
      now += stroke.key === 'Shift' ? 1 : gap;
      dispatch(stroke);
    }
    if (end) {
      now += gap;
      dispatch({ ...keys.at(-1), ...end, shiftKey: false, ctrlKey: false });
    }
  };
  return { scans, send, dispatch, detach, pause: (ms: number) => { now += ms; } };
}

describe('attachWedge: keystroke streams as scanners send them', () => {
  const GS1 = `]d2${'01'}05012345000015${'10'}L2611A${GS}17301231`;

  test('a US scanner on a US device: the code as typed, GS from Ctrl+] (DataWedge "Send control characters as events")', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys(GS1, US));
    expect(wedge.scans).toEqual([GS1]);
  });

  test('Zebra firmware that sets altKey on every key, Ctrl+Alt+] for GS included: still the code', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys(GS1, US, { altKey: true }));
    expect(wedge.scans).toEqual([GS1]);
  });

  test('a US scanner on a French AZERTY device (digits arrive as & é " \' ( - è _ ç à, ] as $): read at the US positions', () => {
    const keys = scannerKeys(GS1, AZERTY);
    expect(keys.filter((k) => k.key.length === 1).map((k) => k.key).join('')).toMatch(/^\$déà&à\(/); // what the device typed: $ for ], é for 2, à for 0
    const wedge = wedgeOn();
    wedge.send(keys);
    expect(wedge.scans).toEqual([GS1]);
  });

  test('a US scanner on AZERTY scanning digits with no accented letter among them (1 3 4 5 6 8): still read as digits', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys('C-11-34', AZERTY)); // typed: C)&&)"'
    expect(wedge.scans).toEqual(['C-11-34']);
  });

  test('a scanner set up for AZERTY on an AZERTY device (Shift for digits) is read as typed', () => {
    const wedge = wedgeOn();
    const azertyScanner: Keystroke[] = [...'AB-12'].map((char) => {
      if (char === '-') return { key: '-', code: 'Digit6' };
      if (/[0-9]/.test(char)) return { key: char, code: `Digit${char}`, shiftKey: true };
      return { key: char, code: char === 'A' ? 'KeyQ' : `Key${char}`, shiftKey: true };
    });
    wedge.send(azertyScanner);
    expect(wedge.scans).toEqual(['AB-12']);
  });

  test('a US scanner on a German QWERTZ device (- as ß, Y/Z swapped): read at the US positions', () => {
    const keys = scannerKeys('YOG-500', QWERTZ);
    expect(keys.filter((k) => k.key.length === 1).map((k) => k.key).join('')).toBe('ZOGß500');
    const wedge = wedgeOn();
    wedge.send(keys);
    expect(wedge.scans).toEqual(['YOG-500']);
  });

  test('QWERTZ dead keys (= and `): the accent and the next key are read as the two keys the scanner pressed', () => {
    const wedge = wedgeOn();
    const keys = scannerKeys('LOT=E5=9', QWERTZ);
    expect(keys.map((k) => k.key)).toEqual(['Shift', 'L', 'Shift', 'O', 'Shift', 'T', 'Dead', 'Shift', 'É', '5', 'Dead', '9']);
    wedge.send(keys);
    expect(wedge.scans).toEqual(['LOT=E5=9']);
  });

  test('a scanner set to the German layout on a German device (AltGr+9 for the AIM bracket): read as typed', () => {
    const wedge = wedgeOn();
    const keys: Keystroke[] = [
      { key: ']', code: 'Digit9', ctrlKey: true, altKey: true }, { key: 'd', code: 'KeyD' }, { key: '2', code: 'Digit2' },
      ...[...'0105012345000015'].map((d) => ({ key: d, code: `Digit${d}` })),
    ];
    wedge.send(keys);
    expect(wedge.scans).toEqual([']d20105012345000015']);
  });

  test('the ~ substitute for GS typed by a US scanner on QWERTZ (° there) is read as ~', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys('0105012345000015' + '10L7~17301231', QWERTZ));
    expect(wedge.scans).toEqual(['010501234500001510L7~17301231']);
  });

  test('a Ctrl shortcut (Ctrl+C) inside a burst is a person: no scan', () => {
    const wedge = wedgeOn();
    wedge.send([...scannerKeys('MILK', US), { key: 'c', code: 'KeyC', ctrlKey: true }, ...scannerKeys('-1L', US)]);
    expect(wedge.scans).toEqual([]);
  });

  test('keys 60 ms apart (an inter-character delay) are no scan; 8 ms apart they are', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys('LOC-A-01', US), 60);
    expect(wedge.scans).toEqual([]);
    wedge.pause(500);
    wedge.send(scannerKeys('LOC-A-01', US), 8);
    expect(wedge.scans).toEqual(['LOC-A-01']);
  });

  test('a scanner that sends a suffix and no Enter: the suffix ends the scan', () => {
    const wedge = wedgeOn({ ...OPTIONS, suffix: '.' });
    wedge.send(scannerKeys('LOC-A-01.', US), 8, null);
    expect(wedge.scans).toEqual(['LOC-A-01']);
  });

  test('the Enter that ends a scan is kept from the page; a person\'s Enter is not', () => {
    const wedge = wedgeOn();
    wedge.send(scannerKeys('LOC-A-01', US), 8, null);
    wedge.pause(8);
    expect(wedge.dispatch({ key: 'Enter', code: 'Enter' }).defaultPrevented).toBe(true);
    wedge.pause(500);
    expect(wedge.dispatch({ key: 'Enter', code: 'Enter' }).defaultPrevented).toBe(false);
  });
});

describe('readableText: which reading of a burst is the scan', () => {
  test('the same text either way, or no US reading known (an input method): as typed', () => {
    expect(readableText([...'ABC1'], [...'ABC1'])).toBe('ABC1');
    expect(readableText([...'ABé1'], ['A', 'B', null, '1'])).toBe('ABé1');
  });

  test('letters swapped alone (Y for Z) cannot be told from a real code: as typed', () => {
    expect(readableText([...'ZOO'], [...'YOO'])).toBe('ZOO');
  });
});

describe('usCharAt', () => {
  test('letters follow Shift and Caps Lock; digits and punctuation their US key', () => {
    expect(usCharAt('KeyA', false)).toBe('a');
    expect(usCharAt('KeyA', true)).toBe('A');
    expect(usCharAt('KeyA', false, true)).toBe('A');
    expect(usCharAt('Digit2', true)).toBe('@');
    expect(usCharAt('BracketRight', false)).toBe(']');
    expect(usCharAt('Numpad7', false)).toBe('7');
    expect(usCharAt('ShiftLeft', false)).toBeNull();
  });
});
