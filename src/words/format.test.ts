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
