// The scanner self-test's diagnosis: from the keys a scan of the test card
// arrived as (and when), what the scanner sent (prefix, AIM prefix, data with
// its separators, suffix, Enter) and which of its settings is wrong: the GS
// separator dropped or replaced, no AIM prefix (or one not wanted), an added
// prefix or suffix, no Enter, keys too far apart for the wedge, a keyboard
// layout other than the device's. Pure: the screen records keys and shows
// the answer; tests feed it keys.
import { GS, GS1_SYMBOLOGIES, parseScan, type ScanResult } from '../domain/gs1';
import type { ScannerSettings } from '../domain/types';
import { readableText } from './keyboard-layout';
import { segmentsOf, TEST_CARD, type TestCode } from './test-card';

/** One key as the device got it: what it typed ('' for a dead key), what it types on a US keyboard (null: not known), when (ms). */
export interface CapturedKey {
  typed: string;
  us: string | null;
  at: number;
}

export interface Capture {
  keys: readonly CapturedKey[];
  /** The key that ended the scan; null when none came (the capture ended on a pause). */
  end: 'Enter' | 'Tab' | null;
  endAt: number | null;
}

export interface SelfTestOptions {
  settings: ScannerSettings;
  /** This site's scanners send AIM symbology identifiers (recommended: GS1 barcodes are then never mistaken for plain ones). */
  expectAim: boolean;
}

export type Finding =
  | { kind: 'not-on-card' }
  | { kind: 'layout'; typed: string; meant: string }
  | { kind: 'slow'; gapMs: number; maxGapMs: number }
  | { kind: 'no-enter' }
  | { kind: 'prefix-added'; prefix: string }
  | { kind: 'suffix-added'; suffix: string }
  | { kind: 'aim-missing' }
  | { kind: 'aim-unexpected'; aim: string }
  | { kind: 'aim-not-gs1'; aim: string; expected: string }
  | { kind: 'gs-dropped'; substitute: string }
  | { kind: 'gs-other'; sent: string };

/** What the scanner sent, in its parts; `separators[i]` arrived between data segment i and i+1 ('' when nothing did). */
export interface Sent {
  prefix: string;
  aim: string | null;
  segments: string[];
  separators: string[];
  suffix: string;
  end: 'Enter' | 'Tab' | null;
}

export interface SelfTestAnswer {
  /** The test card's barcode this was, or null when it was none of them. */
  code: TestCode | null;
  sent: Sent;
  /** How the app's parser reads the scan (prefix and suffix stripped as the wedge strips them). */
  reads: ScanResult;
  findings: Finding[];
  /** The largest gap between two keys (and before the Enter), ms. */
  largestGapMs: number;
}

const AIM = /^\][A-Za-z][0-9A-Za-z]$/;
/** Nothing, or what some scanners send for GS: more than a few characters between two segments is another code. */
const MAX_SEPARATOR = 4;

interface Located {
  prefix: string;
  aim: string | null;
  separators: string[];
  suffix: string;
}

/** Where `code`'s data segments are in `text`, with what came before, between and after; null when they are not all there. */
function locate(text: string, code: TestCode): Located | null {
  const segments = segmentsOf(code);
  const first = text.indexOf(segments[0]!);
  if (first < 0) return null;
  let at = first + segments[0]!.length;
  const separators: string[] = [];
  for (const segment of segments.slice(1)) {
    const next = text.indexOf(segment, at);
    if (next < 0 || next - at > MAX_SEPARATOR) return null;
    separators.push(text.slice(at, next));
    at = next + segment.length;
  }
  const before = text.slice(0, first);
  const aim = before.length >= 3 && AIM.test(before.slice(-3)) ? before.slice(-3) : null;
  return { prefix: aim ? before.slice(0, -3) : before, aim, separators, suffix: text.slice(at) };
}

function largestGap(capture: Capture): number {
  const times = capture.keys.map((k) => k.at);
  if (capture.endAt !== null) times.push(capture.endAt);
  let largest = 0;
  for (let i = 1; i < times.length; i += 1) largest = Math.max(largest, times[i]! - times[i - 1]!);
  return Math.round(largest);
}

/** What the scan reads as once the wedge has stripped the configured prefix and suffix (wedge-detector.ts). */
function readsAs(text: string, settings: ScannerSettings): ScanResult {
  let stripped = text;
  if (settings.prefix !== '' && stripped.startsWith(settings.prefix)) stripped = stripped.slice(settings.prefix.length);
  if (settings.suffix !== '' && stripped.endsWith(settings.suffix)) stripped = stripped.slice(0, stripped.length - settings.suffix.length);
  return parseScan(stripped, { gsSubstitute: settings.gsSubstitute || null });
}

/** What was added in front of (or after) what Settings expect there: '' when nothing was. */
function added(arrived: string, configured: string, atEnd: boolean): string {
  if (configured === '') return arrived;
  if (atEnd) return arrived.endsWith(configured) ? arrived.slice(0, arrived.length - configured.length) : arrived;
  return arrived.startsWith(configured) ? arrived.slice(configured.length) : arrived;
}

export function diagnose(capture: Capture, { settings, expectAim }: SelfTestOptions): SelfTestAnswer {
  const typed = capture.keys.map((k) => k.typed);
  const text = readableText(typed, capture.keys.map((k) => k.us));
  const findings: Finding[] = [];
  if (text !== typed.join('')) findings.push({ kind: 'layout', typed: typed.join(''), meant: text });
  const gap = largestGap(capture);
  if (gap > settings.maxGapMs) findings.push({ kind: 'slow', gapMs: gap, maxGapMs: settings.maxGapMs });

  const reads = readsAs(text, settings);
  let code: TestCode | null = null;
  let located: Located | null = null;
  for (const candidate of TEST_CARD) {
    located = locate(text, candidate);
    if (located) {
      code = candidate;
      break;
    }
  }
  const suffixArrived = settings.suffix !== '' && text.endsWith(settings.suffix);
  if (capture.end === null && !suffixArrived) findings.push({ kind: 'no-enter' });
  if (!code || !located) {
    findings.unshift({ kind: 'not-on-card' });
    const sent: Sent = { prefix: '', aim: null, segments: [text], separators: [], suffix: '', end: capture.end };
    return { code: null, sent, reads, findings, largestGapMs: gap };
  }

  const prefix = added(located.prefix, settings.prefix, false);
  if (prefix !== '') findings.push({ kind: 'prefix-added', prefix });
  const suffix = added(located.suffix, settings.suffix, true);
  if (suffix !== '') findings.push({ kind: 'suffix-added', suffix });

  const { aim } = located;
  if (aim === null && expectAim) findings.push({ kind: 'aim-missing' });
  if (aim !== null && !expectAim) findings.push({ kind: 'aim-unexpected', aim });
  if (aim !== null && code.gs1 && !GS1_SYMBOLOGIES.has(aim)) findings.push({ kind: 'aim-not-gs1', aim, expected: code.aim });

  const substitute = settings.gsSubstitute;
  const wrong = located.separators.find((s) => s !== GS && s !== substitute);
  if (wrong === '') findings.push({ kind: 'gs-dropped', substitute: substitute || '~' });
  else if (wrong !== undefined) findings.push({ kind: 'gs-other', sent: wrong });

  const sent: Sent = {
    prefix: located.prefix, aim, segments: segmentsOf(code), separators: located.separators, suffix: located.suffix, end: capture.end,
  };
  return { code, sent, reads, findings, largestGapMs: gap };
}

/** Text with its control characters shown: ␝ for GS (ASCII 29), ␠ for a space, and so on. */
export function visible(text: string): string {
  return [...text].map((char) => {
    const c = char.codePointAt(0)!;
    if (c < 0x20) return String.fromCodePoint(0x2400 + c);
    if (c === 0x20) return '␠';
    if (c === 0x7f) return '␡';
    return char;
  }).join('');
}

/** The key that ended a scan, shown: ⏎ for Enter, ⇥ for Tab. */
export function visibleEnd(end: 'Enter' | 'Tab' | null): string {
  if (end === 'Enter') return '⏎';
  return end === 'Tab' ? '⇥' : '';
}

/** What a card's code sends with AIM code ID on or off, shown as the card prints it: `]C1 0109…␝17…⏎`. */
export function expectedSending(code: TestCode, aimOn: boolean): string {
  return `${aimOn ? `${code.aim} ` : ''}${visible(code.data)}⏎`;
}
