import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain';
import { toneOf } from '../../scan/scan-bus';
import { expiryAnswer } from './expiry-answer';

const floor = DEFAULT_SETTINGS.floor;

describe('issue 16: the tone of a lot label at receipt tells its expiry', () => {
  test('an expired lot plays the warning tone by default and the error tone when the setting refuses it', () => {
    const warned = expiryAnswer('L1', '2026-03-01', '2026-03-10', floor);
    expect(toneOf(warned)).toBe('warning');
    expect(warned).toEqual({ ok: true, warning: 'Lot L1 expired on 2026-03-01. Taken: tell a supervisor.' });
    const refused = expiryAnswer('L1', '2026-03-01', '2026-03-10', { ...floor, expiredAtReceipt: 'refuse' });
    expect(toneOf(refused)).toBe('error');
    expect(refused.ok ? '' : refused.message).toContain('Set the goods aside');
  });

  test('a lot within the near-expiry days is warned with its days left; a later one or none is good', () => {
    expect(expiryAnswer('L1', '2026-03-12', '2026-03-10', floor)).toEqual({ ok: true, warning: 'Lot L1 expires in 2 days (2026-03-12).' });
    expect(expiryAnswer('L1', '2026-03-10', '2026-03-10', floor)).toEqual({ ok: true, warning: 'Lot L1 expires today (2026-03-10).' });
    expect(toneOf(expiryAnswer('L1', '2027-01-01', '2026-03-10', floor))).toBe('good');
    expect(toneOf(expiryAnswer('L1', undefined, '2026-03-10', floor))).toBe('good');
  });
});
