import { describe, expect, test } from 'vitest';
import { clockAheadNote } from './clock';

describe('device clock on the exceptions inbox', () => {
  test('a device time after the server received the operation is a clock running ahead, said in hours or days', () => {
    expect(clockAheadNote('2026-11-23T17:00:00Z', '2026-11-23T08:00:00Z')).toContain('9 hr ahead');
    expect(clockAheadNote('2027-11-23T08:00:00Z', '2026-11-23T08:00:00Z')).toContain('365 days ahead');
  });

  test('a device time behind (offline for a while) or within two minutes is normal: no note', () => {
    expect(clockAheadNote('2026-11-22T08:00:00Z', '2026-11-23T08:00:00Z')).toBeNull();
    expect(clockAheadNote('2026-11-23T08:01:30Z', '2026-11-23T08:00:00Z')).toBeNull();
    expect(clockAheadNote(null, '2026-11-23T08:00:00Z')).toBeNull();
  });
});
