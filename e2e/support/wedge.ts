// A keyboard-wedge scanner for e2e tests: every spec and page model scans
// through here, so there is one way to scan and one way to retry.
import { expect, type CDPSession, type Page } from '@playwright/test';

/** A scanner's gap between keys: well under the wedge's default 30 ms burst gap. */
export const SCANNER_GAP_MS = 8;

interface KeyDescription {
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  text?: string;
  /** Input.dispatchKeyEvent's modifier bits (Ctrl is 2). */
  modifiers?: number;
}

const CTRL = 2;

const PUNCTUATION: Record<string, [code: string, keyCode: number]> = {
  '-': ['Minus', 189], ']': ['BracketRight', 221], '[': ['BracketLeft', 219], '(': ['Digit9', 57], ')': ['Digit0', 48], '~': ['Backquote', 192],
  '.': ['Period', 190], '/': ['Slash', 191], '$': ['Digit4', 52], '#': ['Digit3', 51], '@': ['Digit2', 50],
  '_': ['Minus', 189], ':': ['Semicolon', 186], '+': ['Equal', 187], ' ': ['Space', 32],
};

function describeKey(key: string): KeyDescription {
  if (key === 'Enter') return { key, code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' };
  if (key === 'Tab') return { key, code: 'Tab', windowsVirtualKeyCode: 9 };
  // GS (ASCII 29) as DataWedge's "Send control characters as events" and HID scanners send it: Ctrl+].
  if (key === '\u001d') return { key: ']', code: 'BracketRight', windowsVirtualKeyCode: 221, modifiers: CTRL };
  const upper = key.toUpperCase();
  if (/^[A-Z]$/.test(upper)) return { key, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), text: key };
  if (/^[0-9]$/.test(key)) return { key, code: `Digit${key}`, windowsVirtualKeyCode: key.charCodeAt(0), text: key };
  const [code, keyCode] = PUNCTUATION[key] ?? ['', 0];
  return { key, code, windowsVirtualKeyCode: keyCode, text: key };
}

/**
 * One DevTools session per page for its keys, kept until the page closes. Detaching
 * a session clears Chromium's offline emulation in the page (navigator.onLine turns
 * true and `online` fires while requests still fail), so a scan on an offline
 * device ate the `online` event of its real return and the sync waited out its backoff.
 */
const inputSessions = new WeakMap<Page, Promise<CDPSession>>();

function inputSession(page: Page): Promise<CDPSession> {
  let session = inputSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    inputSessions.set(page, session);
  }
  return session;
}

/** Input.dispatchKeyEvent's parameters, as far as a scanner uses them. */
interface KeyEvent extends KeyDescription {
  type: 'keyDown' | 'rawKeyDown' | 'keyUp';
  unmodifiedText?: string;
  timestamp: number;
}

/** A scanner's key press at `at` (epoch ms): down, and up half a gap later. */
function keyPress(key: string, at: number, gapMs: number): [down: KeyEvent, up: KeyEvent] {
  const { text, ...description } = describeKey(key);
  return [
    { type: text ? 'keyDown' : 'rawKeyDown', ...description, ...(text ? { text, unmodifiedText: text } : {}), timestamp: at / 1000 },
    { type: 'keyUp', ...description, timestamp: (at + gapMs / 2) / 1000 },
  ];
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - Date.now())));

export interface WedgeOptions {
  terminator?: 'Enter' | 'Tab';
  gapMs?: number;
  /** Blur the focused field first: a scan with nothing focused (the default). */
  blur?: boolean;
}

/**
 * A wedge scanner: each key of `code`, then Enter (or Tab), `gapMs` apart. The keys go
 * through DevTools paced in real time and stamped with their time, as a scanner's
 * keyboard events are: the page sees 8 ms gaps even when this 2-core machine is busy
 * (page.keyboard.type's round trips alone stretch gaps past 30 ms under load).
 */
export async function wedgeScan(page: Page, code: string, { terminator = 'Enter', gapMs = SCANNER_GAP_MS, blur = true }: WedgeOptions = {}): Promise<void> {
  if (blur) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const cdp = await inputSession(page);
  const start = Date.now() + 5;
  const sent: Promise<unknown>[] = [];
  for (const [i, key] of [...code, terminator].entries()) {
    const at = start + i * gapMs;
    await until(at);
    for (const event of keyPress(key, at, gapMs)) sent.push(cdp.send('Input.dispatchKeyEvent', event));
  }
  await Promise.all(sent);
}

/**
 * Keys stamped `gapMs` apart from `startMs` (epoch ms), each into whatever has
 * focus when it arrives; `between` runs after the first `split` keys (e.g. a
 * blur), and the stamps go on as if no time had passed. For tests of what the
 * wedge makes of keys landing in two places within one burst gap.
 */
export async function keysAt(page: Page, keys: string[], startMs: number, gapMs: number, split: number, between: () => Promise<void>): Promise<void> {
  const cdp = await inputSession(page);
  for (const [i, key] of keys.entries()) {
    if (i === split) await between();
    const at = startMs + i * gapMs;
    for (const event of keyPress(key, at, gapMs)) await cdp.send('Input.dispatchKeyEvent', event);
  }
}

/**
 * A wedge scan until `took` passes. Timestamped keys make a lost burst rare, but a
 * page still busy rendering the previous step can miss one; the operator, hearing no
 * beep, scans again. The last refusal shown is in the failure message.
 */
export async function scanUntil(page: Page, code: string, took: () => Promise<void>): Promise<void> {
  try {
    await expect(async () => {
      await wedgeScan(page, code);
      await took();
    }).toPass({ timeout: 20_000, intervals: [250] });
  } catch (error) {
    const toast = await page.locator('.scan-toast').allTextContents();
    throw new Error(`scan ${code} was not taken; last refusal: ${toast.join(' | ') || 'none'}`, { cause: error });
  }
}

/**
 * A scanner typing through an input method (Zebra DataWedge on Android 10+): per
 * character a keydown without a key (229) and the text as input events, `gapMs` apart,
 * then Enter.
 */
export async function inputMethodScan(page: Page, code: string, gapMs = SCANNER_GAP_MS): Promise<void> {
  const cdp = await inputSession(page);
  const start = Date.now() + 5;
  const sent: Promise<unknown>[] = [];
  for (const [i, char] of [...code].entries()) {
    const at = start + i * gapMs;
    await until(at);
    // What Android's input method sends: key 'Unidentified', keyCode 229, then the text as input events.
    const ime = { key: 'Unidentified', code: '', windowsVirtualKeyCode: 229, timestamp: at / 1000 };
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...ime }));
    sent.push(cdp.send('Input.insertText', { text: char }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...ime }));
  }
  const end = start + code.length * gapMs;
  await until(end);
  for (const event of keyPress('Enter', end, gapMs)) sent.push(cdp.send('Input.dispatchKeyEvent', event));
  await Promise.all(sent);
}
