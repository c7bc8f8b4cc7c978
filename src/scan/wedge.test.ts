import { describe, expect, test } from 'vitest';
import { GS } from '../domain/gs1';
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
