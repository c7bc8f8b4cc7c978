// Where scans go: every source (wedge, camera, a typed code) publishes here;
// the scan is parsed once and handed to the active handler, the most recently
// mounted one (a stack), so the wizard step on screen gets it rather than
// whatever field had focus. The handler's verdict drives the tone, buzz and
// flash (the feedback table) and the words shown above the step: a caution or
// refusal stays until the next good scan or until the step changes. While at
// least one handler is mounted the keyboard wedge listens on
// the document; with none, a scanner's keys stay plain typing (the login
// screen's badge field, for one).
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { parseScan, type ScanResult } from '../domain/gs1';
import { DEFAULT_SETTINGS, type ScannerSettings } from '../domain/types';
import { feedback, type ScanTone } from './feedback';
import { attachWedge } from './wedge';
import type { WedgeOptions } from './wedge-detector';
import { say } from '../words';

export type ScanSource = 'wedge' | 'camera' | 'typed';

export interface ScanEvent {
  /** What the scanner or decoder produced, prefix and suffix already stripped. */
  raw: string;
  source: ScanSource;
  /** AIM symbology identifier (`]d2`), from the decoder or the scan's own prefix. */
  symbology: string | null;
  result: ScanResult;
  /** Date.now() when the scan was published. */
  at: number;
}

/**
 * How a scan fitted: taken (`warning` when it was taken with a caution the
 * operator must hear: a FEFO redirect, a near expiry, a short pick), or refused
 * with words that say what to do next.
 */
export type ScanVerdict = { ok: true; warning?: string } | { ok: false; message: string };

/** The feedback-table row a verdict plays. */
export function toneOf(verdict: ScanVerdict): ScanTone {
  if (!verdict.ok) return 'error';
  return verdict.warning ? 'warning' : 'good';
}

/**
 * Returns how the scan fitted the step (undefined = it did, unless the scan
 * itself could not be read: then its parse error is the verdict). May return a
 * promise (a look-up in IndexedDB): the tone then plays when it settles.
 */
export type ScanHandler = (event: ScanEvent) => ScanVerdict | void | Promise<ScanVerdict | void>;

interface Entry {
  handler: { current: ScanHandler };
  active: boolean;
  /** Answers only when no other handler would: a screen's "nothing to scan here" words. */
  fallback: boolean;
}

const stack: Entry[] = [];
let settings: ScannerSettings = DEFAULT_SETTINGS.scanner;
let detachWedge: (() => void) | null = null;

/** Called by the app when the device's settings are loaded or pulled. */
export function setScanSettings(next: ScannerSettings): void {
  settings = next;
}

export function getScanSettings(): ScannerSettings {
  return settings;
}

function wedgeOptions(): WedgeOptions {
  return { prefix: settings.prefix, suffix: settings.suffix, maxGapMs: settings.maxGapMs, minLength: 4 };
}

function topmost(fallback: boolean): Entry | undefined {
  for (let i = stack.length - 1; i >= 0; i -= 1) if (stack[i]!.active && stack[i]!.fallback === fallback) return stack[i];
  return undefined;
}

function activeEntry(): Entry | undefined {
  return topmost(false) ?? topmost(true);
}

/** True when some mounted handler would take a scan now. */
export function hasActiveScanHandler(): boolean {
  return activeEntry() !== undefined;
}

/** Today as YYYY-MM-DD in the device's time zone, for the GS1 century rule. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const AIM = /^\][A-Za-z][0-9A-Za-z]/;

// The last caution or refusal, for ScanAnswer; a good scan or a step change clears it.
export interface ScanAnswerWords { tone: 'warning' | 'error'; message: string; raw: string; at: number }
let lastAnswer: ScanAnswerWords | null = null;
/** A step that leaves this soon after a caution left because of that scan: the caution goes with it. */
const ADVANCE_MS = 1500;
const answerListeners = new Set<() => void>();

function setAnswer(next: ScanAnswerWords | null): void {
  if (next === lastAnswer) return;
  lastAnswer = next;
  for (const listener of answerListeners) listener();
}

/** Clears the words shown for the last scan (the operator dismissed them, or the step changed). */
export function clearScanAnswer(): void {
  setAnswer(null);
}

/**
 * The step on screen changed: the last answer's words must not linger over the
 * next step, unless they are the caution of the scan that moved the step on
 * (heard and shown together).
 */
export function stepChanged(): void {
  if (!(lastAnswer?.tone === 'warning' && Date.now() - lastAnswer.at < ADVANCE_MS)) clearScanAnswer();
}

function settle(verdict: ScanVerdict, raw: string): void {
  const tone = toneOf(verdict);
  feedback(tone);
  if (!verdict.ok) setAnswer({ tone: 'error', message: verdict.message, raw, at: Date.now() });
  else if (verdict.warning) setAnswer({ tone: 'warning', message: verdict.warning, raw, at: Date.now() });
  else setAnswer(null);
  if (typeof performance !== 'undefined') performance.mark('scan:settled', { detail: { ok: verdict.ok, tone } });
}

function verdictOf(returned: ScanVerdict | void, result: ScanResult): ScanVerdict {
  if (returned) return returned;
  return result.ok ? { ok: true } : { ok: false, message: result.message };
}

function failure(error: unknown): ScanVerdict {
  console.error('Scan handler failed', error);
  return { ok: false, message: say('scan.failed') };
}

/**
 * Parses `raw` (the device's GS substitute, today's date for the century
 * rule) and hands it to the active handler; plays feedback from the verdict.
 * A decoder's symbology identifier is put in front of the text for parsing
 * when the text does not carry one. A handler's promise answers `{ ok: true }`
 * here and plays its tone when it settles.
 */
export function publishScan(raw: string, source: ScanSource, symbology: string | null = null): ScanVerdict {
  const text = symbology && !AIM.test(raw) ? symbology + raw : raw;
  const result = parseScan(text, { gsSubstitute: settings.gsSubstitute || null, today: today() });
  const entry = activeEntry();
  if (!entry) {
    const verdict: ScanVerdict = { ok: false, message: say('scan.nobody-listens') };
    settle(verdict, raw);
    return verdict;
  }
  const event: ScanEvent = { raw, source, symbology: result.ok ? result.symbology : symbology, result, at: Date.now() };
  let returned: ReturnType<ScanHandler>;
  try {
    returned = entry.handler.current(event);
  } catch (error) {
    const verdict = failure(error);
    settle(verdict, raw);
    return verdict;
  }
  if (returned instanceof Promise) {
    returned.then(
      (value) => settle(verdictOf(value, result), raw),
      (error: unknown) => settle(failure(error), raw),
    );
    return { ok: true };
  }
  const verdict = verdictOf(returned, result);
  settle(verdict, raw);
  return verdict;
}

function onWedgeScan(raw: string): boolean {
  if (!hasActiveScanHandler()) return false;
  // After the field the burst landed in was reverted: React re-renders first
  // (its update is a microtask queued before this one), so the handler sees
  // the field's own value, not the scanned text.
  queueMicrotask(() => {
    performance.mark('scan:wedge');
    publishScan(raw, 'wedge');
  });
  return true;
}

/** Adds a handler on top of the stack; returns its removal. The wedge listens while any is registered. */
export function registerScanHandler(
  handler: { current: ScanHandler }, active = true, fallback = false,
): { setActive: (active: boolean) => void; remove: () => void } {
  const entry: Entry = { handler, active, fallback };
  stack.push(entry);
  if (stack.length === 1 && typeof document !== 'undefined') detachWedge = attachWedge(document, wedgeOptions, onWedgeScan);
  return {
    setActive: (next) => {
      entry.active = next;
    },
    remove: () => {
      const i = stack.indexOf(entry);
      if (i >= 0) stack.splice(i, 1);
      // A step's handler leaves with its step.
      if (!entry.fallback) stepChanged();
      if (stack.length === 0 && detachWedge) {
        detachWedge();
        detachWedge = null;
      }
    },
  };
}

/**
 * While mounted (and `active`), `handler` receives the scans; the most
 * recently mounted active handler wins. The latest `handler` is always the
 * one called, so it may close over state.
 */
export function useScanHandler(handler: ScanHandler, active = true, { fallback = false }: { fallback?: boolean } = {}): void {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const registration = useRef<ReturnType<typeof registerScanHandler> | null>(null);
  useLayoutEffect(() => {
    const r = registerScanHandler(ref, active, fallback);
    registration.current = r;
    return () => {
      r.remove();
      registration.current = null;
    };
    // Registered once per mount (with the first `active`): later changes keep the handler's place in the stack.
  }, []);
  useLayoutEffect(() => {
    registration.current?.setActive(active);
  }, [active]);
}

function subscribeAnswers(listener: () => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

/** The words of the last scan's caution or refusal, until cleared. */
export function lastScanAnswer(): ScanAnswerWords | null {
  return lastAnswer;
}

/** lastScanAnswer as a React hook. */
export function useScanAnswer(): ScanAnswerWords | null {
  return useSyncExternalStore(subscribeAnswers, lastScanAnswer, () => null);
}
