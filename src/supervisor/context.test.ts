import { describe, expect, test } from 'vitest';
import { deviceLabel, itemLabel, relativeWhen } from './context';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('console cards say who, where and when in words', () => {
  test('a time reads relative to now: now, minutes, hours, yesterday, days', () => {
    expect(relativeWhen('2026-11-23T11:59:58Z', NOW)).toBe('now');
    expect(relativeWhen('2026-11-23T11:55:00Z', NOW)).toBe('5 minutes ago');
    expect(relativeWhen('2026-11-23T09:00:00Z', NOW)).toBe('3 hours ago');
    expect(relativeWhen('2026-11-22T12:00:00Z', NOW)).toBe('yesterday');
    expect(relativeWhen('2026-11-19T12:00:00Z', NOW)).toBe('4 days ago');
    expect(relativeWhen(null, NOW)).toBe('');
    expect(relativeWhen('not a time', NOW)).toBe('');
  });

  test('a device is called by its name; an unnamed one by the start of its id, never the whole UUID', () => {
    expect(deviceLabel('Dock scanner 2', '0f8e2c1a-1111-2222-3333-444455556666')).toBe('Dock scanner 2');
    expect(deviceLabel(null, '0f8e2c1a-1111-2222-3333-444455556666')).toBe('Unnamed device 0f8e2c1a');
    expect(deviceLabel('  ', 'scanner-7')).toBe('Unnamed device scanner-');
  });

  test('an item is SKU and name, or whichever is known', () => {
    expect(itemLabel('TAPE-48', 'Packing tape')).toBe('TAPE-48 · Packing tape');
    expect(itemLabel('TAPE-48', null)).toBe('TAPE-48');
    expect(itemLabel(null, null)).toBeNull();
  });
});
