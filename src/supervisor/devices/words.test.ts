import { describe, expect, test } from 'vitest';
import { clockVerdict } from '../../domain/device-clock';
import { agoWords, clockWords, offCount, wipedWords } from './words';

const HOUR = 3_600_000;
/** A device row as the server answers it for a clock that ran `aheadMs` ahead (null: never measured). */
const measured = (aheadMs: number | null) => ({ clock: clockVerdict(aheadMs), clockAheadMs: aheadMs });

describe('Devices screen words', () => {
  test('a clock 9 h ahead says the device times on its operations are wrong by that much; an on-time clock says OK', () => {
    expect(clockWords(measured(9 * HOUR))).toBe('Clock 9 hr ahead — device times on its operations are wrong by that much');
    expect(clockWords(measured(-72 * HOUR))).toBe('Clock 3 days behind — device times on its operations are wrong by that much');
    expect(clockWords(measured(30_000))).toBe('OK');
  });

  test('a device whose clock was never measured is not called OK', () => {
    expect(clockWords(measured(null))).toMatch(/^Not measured/);
  });

  test('storage wipes and ages read as words', () => {
    expect([wipedWords(0), wipedWords(1), wipedWords(3)]).toEqual(['never', 'once', '3 times']);
    expect(agoWords('2026-11-23T08:00:00Z', '2026-11-23T08:00:20Z')).toBe('just now');
    expect(agoWords('2026-11-23T08:00:00Z', '2026-11-23T08:05:00Z')).toBe('5 min ago');
    expect(agoWords('2026-11-20T08:00:00Z', '2026-11-23T08:00:00Z')).toBe('3 days ago');
  });

  test('the summary counts only clocks that are off', () => {
    expect(offCount([clockVerdict(9 * HOUR), clockVerdict(0), clockVerdict(null), clockVerdict(-HOUR)].map((clock) => ({ clock })))).toBe(2);
  });
});
