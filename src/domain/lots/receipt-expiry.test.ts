import { describe, expect, test } from 'vitest';
import { receiptExpiry } from './receipt-expiry';

const floor = { expiredAtReceipt: 'warn' as const, nearExpiryDays: 7 };

describe('issue 16: expiry at receipt', () => {
  test('a lot past its expiry day is expired: warned by default, refused when the setting says so', () => {
    expect(receiptExpiry('2026-03-09', '2026-03-10', floor)).toEqual({ kind: 'expired', refuse: false, daysAgo: 1 });
    expect(receiptExpiry('2026-03-01', '2026-03-10', { ...floor, expiredAtReceipt: 'refuse' }))
      .toEqual({ kind: 'expired', refuse: true, daysAgo: 9 });
  });

  test('a lot is still good on its expiry day, and near expiry within the window', () => {
    expect(receiptExpiry('2026-03-10', '2026-03-10', floor)).toEqual({ kind: 'near', daysLeft: 0 });
    expect(receiptExpiry('2026-03-17', '2026-03-10', floor)).toEqual({ kind: 'near', daysLeft: 7 });
    expect(receiptExpiry('2026-03-18', '2026-03-10', floor)).toEqual({ kind: 'fine' });
  });

  test('a window of 0 days warns only on the day itself; no expiry is fine', () => {
    expect(receiptExpiry('2026-03-11', '2026-03-10', { ...floor, nearExpiryDays: 0 })).toEqual({ kind: 'fine' });
    expect(receiptExpiry(undefined, '2026-03-10', floor)).toEqual({ kind: 'fine' });
    expect(receiptExpiry(null, '2026-03-10', floor)).toEqual({ kind: 'fine' });
  });
});
