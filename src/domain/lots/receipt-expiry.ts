// Issue 16: a lot's expiry judged at receipt. Expired goods arriving are taken
// with a warning or refused (settings.floor.expiredAtReceipt); goods expiring
// within settings.floor.nearExpiryDays are taken with a warning. Pure: today
// is passed in.
import type { FloorSettings } from '../types';
import { daysBetween } from './expiry';

export type ReceiptExpiry =
  /** No expiry known, or far enough away. */
  | { kind: 'fine' }
  /** Past its expiry day (still good on the day itself, like isExpired). */
  | { kind: 'expired'; refuse: boolean; daysAgo: number }
  /** Within the near-expiry window. */
  | { kind: 'near'; daysLeft: number };

export function receiptExpiry(
  expiry: string | null | undefined, today: string, floor: Pick<FloorSettings, 'expiredAtReceipt' | 'nearExpiryDays'>,
): ReceiptExpiry {
  if (!expiry) return { kind: 'fine' };
  const daysLeft = daysBetween(today, expiry);
  if (daysLeft < 0) return { kind: 'expired', refuse: floor.expiredAtReceipt === 'refuse', daysAgo: -daysLeft };
  if (daysLeft <= floor.nearExpiryDays) return { kind: 'near', daysLeft };
  return { kind: 'fine' };
}
