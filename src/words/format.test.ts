// Recorded times people read are told in the language's way and in the
// warehouse's time zone, not the device's.
import { describe, expect, test } from 'vitest';
import { formatters } from './format';

describe('times', () => {
  const at = '2026-01-05T12:04:09Z';

  test('the time of day and the date and time follow the locale', () => {
    expect(formatters('en-GB', 'UTC').time(at)).toBe('12:04');
    expect(formatters('en-US', 'UTC').time(at)).toBe('12:04 PM');
    expect(formatters('en-GB', 'UTC').dateTime(at)).toBe('05/01/2026, 12:04:09');
  });

  test('a time zone tells the same instant in the warehouse\'s local time', () => {
    expect(formatters('en-GB', 'Europe/Warsaw').time(at)).toBe('13:04');
    expect(formatters('en-GB', 'America/Chicago').dateTime(at)).toBe('05/01/2026, 06:04:09');
  });

  test('a value that is no time is shown as it is', () => {
    expect(formatters('en', 'UTC').dateTime('soon')).toBe('soon');
  });
});

describe('spans of time (a clock off by, how long ago)', () => {
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  test('coarse as a person says it: seconds, minutes, hours and minutes, days and hours, then days', () => {
    const { duration } = formatters('en');
    expect([45_000, 5 * MIN, 9 * HOUR, 9 * HOUR + 30 * MIN, 72 * HOUR, 75 * HOUR, 20 * 24 * HOUR + 5 * HOUR].map(duration))
      .toEqual(['45 sec', '5 min', '9 hr', '9 hr 30 min', '3 days', '3 days 3 hr', '20 days']);
    expect(duration(-9 * HOUR)).toBe('9 hr');
  });

  test("in the language's own unit words, not English", () => {
    expect(formatters('pl').duration(72 * HOUR)).toBe('3 dni');
    expect(formatters('de').duration(9 * HOUR)).toBe('9 Std.');
    expect(formatters('ar').duration(72 * HOUR)).not.toMatch(/days/);
  });
});
