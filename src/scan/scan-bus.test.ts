import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/types';
import { feedback } from './feedback';
import { publishScan, registerScanHandler, setScanSettings, type ScanEvent, type ScanHandler } from './scan-bus';

vi.mock('./feedback', () => ({ feedback: vi.fn() }));
const feedbackMock = vi.mocked(feedback);

const registered: (() => void)[] = [];
function handler(fn: ScanHandler, active = true) {
  const r = registerScanHandler({ current: fn }, active);
  registered.push(r.remove);
  return r;
}

beforeEach(() => {
  feedbackMock.mockClear();
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

  test('an ok verdict (or none) plays the success feedback', () => {
    handler(() => undefined);
    expect(publishScan('MILK-1L', 'wedge')).toEqual({ ok: true });
    expect(feedbackMock).toHaveBeenLastCalledWith('success');
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
});
