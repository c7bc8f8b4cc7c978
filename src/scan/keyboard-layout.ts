// Scanners on another keyboard layout than the device's. A Bluetooth or USB
// scanner sends key positions, not characters: set up for a US keyboard and
// paired with a French (AZERTY) device, its '1' arrives as '&' and its '0' as
// 'à'; on a German (QWERTZ) one '-' arrives as 'ß' and '=' as a dead key that
// swallows the next character. The wedge reads `event.key` (what the layout
// typed: right for a scanner set to the device's layout, and for DataWedge,
// which sends characters) and keeps beside it what each key position types on
// a US keyboard (`event.code`); when what was typed cannot be a barcode and
// the US reading can, the US reading is the scan.

type UsKey = readonly [plain: string, shifted: string];

const US_KEYS: Readonly<Record<string, UsKey>> = {
  Digit1: ['1', '!'], Digit2: ['2', '@'], Digit3: ['3', '#'], Digit4: ['4', '$'], Digit5: ['5', '%'],
  Digit6: ['6', '^'], Digit7: ['7', '&'], Digit8: ['8', '*'], Digit9: ['9', '('], Digit0: ['0', ')'],
  Minus: ['-', '_'], Equal: ['=', '+'], BracketLeft: ['[', '{'], BracketRight: [']', '}'], Backslash: ['\\', '|'],
  Semicolon: [';', ':'], Quote: ["'", '"'], Backquote: ['`', '~'], Comma: [',', '<'], Period: ['.', '>'], Slash: ['/', '?'],
  Space: [' ', ' '],
  Numpad0: ['0', '0'], Numpad1: ['1', '1'], Numpad2: ['2', '2'], Numpad3: ['3', '3'], Numpad4: ['4', '4'],
  Numpad5: ['5', '5'], Numpad6: ['6', '6'], Numpad7: ['7', '7'], Numpad8: ['8', '8'], Numpad9: ['9', '9'],
  NumpadDecimal: ['.', '.'], NumpadSubtract: ['-', '-'], NumpadAdd: ['+', '+'], NumpadMultiply: ['*', '*'], NumpadDivide: ['/', '/'],
};

/** What the key at `code` types on a US keyboard, or null for a key that types nothing there (modifiers, IntlBackslash). */
export function usCharAt(code: string, shift: boolean, capsLock = false): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return shift !== capsLock ? letter[1]! : letter[1]!.toLowerCase();
  const key = US_KEYS[code];
  return key ? key[shift ? 1 : 0] : null;
}

/** A key that typed nothing readable (a dead key) or a character no keystroke scanner means (é, ß, §: another layout's). */
function unreadable(char: string): boolean {
  if (char === '') return true;
  const c = char.codePointAt(0)!;
  return c > 0x7e || (c < 0x20 && c !== 0x1d);
}

const digits = (chars: readonly string[]) => chars.filter((c) => c >= '0' && c <= '9').length;

/**
 * The burst's text: as typed, unless the keys' US reading is plainly what the
 * scanner meant. That is when what was typed holds characters of another
 * layout (é, ß, a dead key) or, AZERTY's unshifted digit row (& é " ' ( …),
 * not one digit where the US reading has four or more. Otherwise the typed
 * text stands: a scanner set to the device's layout types it right, and an
 * ASCII-for-ASCII difference (Y for Z) cannot be told from a real code.
 */
export function readableText(typed: readonly string[], us: readonly (string | null)[]): string {
  const asTyped = typed.join('');
  if (us.length !== typed.length || us.some((c) => c === null)) return asTyped;
  const usChars = us as readonly string[];
  const asUs = usChars.join('');
  if (asUs === asTyped) return asTyped;
  if (typed.some(unreadable)) return asUs;
  return digits(typed) === 0 && digits(usChars) >= 4 ? asUs : asTyped;
}
