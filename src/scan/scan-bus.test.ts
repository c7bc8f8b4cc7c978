import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/types';
import { feedback } from './feedback';
import { clearScanAnswer, publishScan, registerScanHandler, setScanSettings, lastScanAnswer, type ScanEvent, type ScanHandler } from './scan-bus';

vi.mock('./feedback', () => ({ feedback: vi.fn() }));
const feedbackMock = vi.mocked(feedback);

const registered: (() => void)[] = [];
function handler(fn: ScanHandler, active = true, fallback = false) {
  const r = registerScanHandler({ current: fn }, active, fallback);
  registered.push(r.remove);
  return r;
}

beforeEach(() => {
  feedbackMock.mockClear();
  clearScanAnswer();
  setScanSettings(DEFAULT_SETTINGS.scanner);
});
afterEach(() => {
  while (registered.length) registered.pop()!();
});

describe('scan bus', () => {
  test('the most recently registered active handler gets the scan', () => {
    const first = vi.fn();
    const second = vi.fn();
    handler(first);
    handler(second);
    publishScan('MILK-1L', 'wedge');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    const event = second.mock.calls[0]![0] as ScanEvent;
    expect(event).toMatchObject({ raw: 'MILK-1L', source: 'wedge', symbology: null, result: { ok: true, kind: 'plain', value: 'MILK-1L' } });
  });

  test('inactive handlers are skipped; a removed one gives the scan back to the one below', () => {
    const below = vi.fn();
    const inactive = vi.fn();
    handler(below);
    const top = handler(inactive, false);
    publishScan('MILK-1L', 'camera');
    expect(inactive).not.toHaveBeenCalled();
    expect(below).toHaveBeenCalledTimes(1);
    top.setActive(true);
    publishScan('MILK-1L', 'camera');
    expect(inactive).toHaveBeenCalledTimes(1);
    top.remove();
    publishScan('MILK-1L', 'camera');
    expect(below).toHaveBeenCalledTimes(2);
  });

  test('a GS1 scan is parsed once, with the GS substitute from the settings', () => {
    const fn = vi.fn();
    handler(fn);
    setScanSettings({ ...DEFAULT_SETTINGS.scanner, gsSubstitute: '^' });
    publishScan('010501234500001510L2611A^17271231', 'wedge');
    const event = fn.mock.calls[0]![0] as ScanEvent;
    expect(event.result).toMatchObject({ ok: true, kind: 'gs1', gtin: '05012345000015', lot: 'L2611A', expiry: '2027-12-31' });
  });

  test("a decoder's symbology identifier is used for parsing when the text has none", () => {
    const fn = vi.fn();
    handler(fn);
    publishScan('010501234500001510L2611A', 'camera', ']d2');
    const event = fn.mock.calls[0]![0] as ScanEvent;
    expect(event.symbology).toBe(']d2');
    expect(event.result).toMatchObject({ ok: true, kind: 'gs1', lot: 'L2611A' });
  });

  test('an ok verdict (or none) plays the good tone', () => {
    handler(() => undefined);
    expect(publishScan('MILK-1L', 'wedge')).toEqual({ ok: true });
    expect(feedbackMock).toHaveBeenLastCalledWith('good');
  });

  test("a refusal plays the error feedback and is returned", () => {
    handler(() => ({ ok: false, message: 'Wrong item: this step expects MILK-1L.' }));
    expect(publishScan('YOG-500', 'wedge')).toEqual({ ok: false, message: 'Wrong item: this step expects MILK-1L.' });
    expect(feedbackMock).toHaveBeenLastCalledWith('error');
  });

  test('a scan that cannot be parsed is an error when the handler says nothing', () => {
    handler(() => undefined);
    const verdict = publishScan(']d2010501234500001810L2611A', 'wedge');
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('check digit') });
    expect(feedbackMock).toHaveBeenLastCalledWith('error');
  });

  test("a handler's promise plays its feedback when it settles", async () => {
    let resolve: (v: { ok: false; message: string }) => void = () => undefined;
    handler(() => new Promise((r) => { resolve = r; }));
    expect(publishScan('NOPE-1', 'wedge')).toEqual({ ok: true });
    expect(feedbackMock).not.toHaveBeenCalled();
    resolve({ ok: false, message: 'No item with SKU or GTIN NOPE-1.' });
    await vi.waitFor(() => expect(feedbackMock).toHaveBeenLastCalledWith('error'));
  });

  test('a handler that throws is a refusal, not a crash', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handler(() => { throw new Error('boom'); });
    expect(publishScan('MILK-1L', 'wedge')).toMatchObject({ ok: false });
    expect(feedbackMock).toHaveBeenLastCalledWith('error');
    spy.mockRestore();
  });

  test('with no handler the scan is refused', () => {
    expect(publishScan('MILK-1L', 'camera')).toMatchObject({ ok: false });
    expect(feedbackMock).toHaveBeenLastCalledWith('error');
  });

  test('a caution is taken and plays the warning tone, not the good one', () => {
    handler(() => ({ ok: true, warning: 'Pick from A-01-02 first: its lot expires sooner.' }));
    expect(publishScan('MILK-1L', 'wedge')).toEqual({ ok: true, warning: 'Pick from A-01-02 first: its lot expires sooner.' });
    expect(feedbackMock).toHaveBeenLastCalledWith('warning');
  });

  test("a fallback handler answers only when no step's handler would", () => {
    const fallback = vi.fn(() => ({ ok: false as const, message: 'Quantity takes no scan.' }));
    const step = vi.fn();
    handler(fallback, true, true);
    expect(publishScan('MILK-1L', 'wedge')).toEqual({ ok: false, message: 'Quantity takes no scan.' });
    const mounted = handler(step);
    // A fallback registered later (a frame mounts after its step) still yields to the step.
    handler(fallback, true, true);
    publishScan('MILK-1L', 'wedge');
    expect(step).toHaveBeenCalledTimes(1);
    mounted.remove();
    publishScan('MILK-1L', 'wedge');
    expect(fallback).toHaveBeenCalledTimes(2);
  });
});

describe('the words of the last answer', () => {
  const answer = () => lastScanAnswer();

  test('a refusal is shown, the next good scan clears it', () => {
    let verdict: ReturnType<ScanHandler> = { ok: false, message: 'Wrong shelf: scan F-01-02.' };
    handler(() => verdict);
    publishScan('F-01-03', 'wedge');
    expect(answer()).toMatchObject({ tone: 'error', message: 'Wrong shelf: scan F-01-02.', raw: 'F-01-03' });
    verdict = undefined;
    publishScan('F-01-02', 'wedge');
    expect(answer()).toBeNull();
  });

  test('a caution is shown as a warning', () => {
    handler(() => ({ ok: true, warning: 'Lot L2 expires in 3 days.' }));
    publishScan('L2', 'wedge');
    expect(answer()).toMatchObject({ tone: 'warning', message: 'Lot L2 expires in 3 days.' });
  });

  test("the words never survive a step change: the step's handler leaving clears them", () => {
    handler(() => ({ ok: false, message: 'Nothing on this screen takes a scan.' }), true, true);
    const step = handler(() => ({ ok: false, message: 'Wrong item.' }));
    publishScan('X-1', 'wedge');
    expect(answer()).toMatchObject({ message: 'Wrong item.' });
    step.remove();
    expect(answer()).toBeNull();
  });

  test('the caution of the scan that moved the step on is shown on the next step, then cleared by the next step change', () => {
    vi.useFakeTimers();
    try {
      const step = handler(() => ({ ok: true, warning: 'Lot IC240811 expires in 3 days.' }));
      publishScan('IC240811', 'wedge');
      step.remove(); // the scan moved the wizard on
      expect(answer()).toMatchObject({ tone: 'warning', message: 'Lot IC240811 expires in 3 days.' });
      const next = handler(() => undefined);
      vi.advanceTimersByTime(5_000);
      next.remove(); // Back, a while later
      expect(answer()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
